/**
 * Wall-clock times in a named time zone (a session's), without a date library: the coach proposes "Tuesday 10:00 in
 * Europe/Podgorica" and the API stores the instant.
 */

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClockIn(date: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((item) => item.type === type)?.value ?? '0');
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

const asUtc = (clock: WallClock): number =>
  Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);

/** Whether the browser knows this IANA zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant (ISO, UTC) at which clocks in `timeZone` show `local` (`2027-03-02T10:00`, as a datetime-local input
 * gives it); null when the value is not a time. In a spring-forward gap the later reading wins.
 */
export function zonedLocalToIso(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match || !isTimeZone(timeZone)) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, ...number[]];
  const wanted = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  // Two rounds: the zone's offset at a first guess, then at the corrected instant (offsets change at DST).
  let instant = wanted;
  for (let round = 0; round < 2; round++) {
    const offset = asUtc(wallClockIn(new Date(instant), timeZone)) - instant;
    instant = wanted - offset;
  }
  return new Date(instant).toISOString();
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The datetime-local value (`2027-03-02T10:00`) that an instant reads as in `timeZone`. */
export function isoToZonedLocal(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()) || !isTimeZone(timeZone)) return '';
  const clock = wallClockIn(date, timeZone);
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** The calendar day (`2027-03-02`) an instant falls on in `timeZone`. */
export function dayKey(iso: string, timeZone: string): string {
  return isoToZonedLocal(iso, timeZone).slice(0, 10);
}

/** Items grouped by the day they fall on in `timeZone`, days in order, items in order within a day. */
export function groupByDay<T>(
  items: readonly T[],
  instantOf: (item: T) => string | null,
  timeZone: string,
): { day: string; items: T[] }[] {
  const days = new Map<string, T[]>();
  const sorted = items
    .map((item) => ({ item, at: instantOf(item) }))
    .filter((entry): entry is { item: T; at: string } => entry.at !== null)
    .sort((a, b) => a.at.localeCompare(b.at));
  for (const { item, at } of sorted) {
    const key = dayKey(at, timeZone);
    days.set(key, [...(days.get(key) ?? []), item]);
  }
  return [...days].map(([day, list]) => ({ day, items: list }));
}

/** The Monday 00:00 (browser time) of the week `weeksAhead` weeks from the one containing `now`, and 7 days on. */
export function weekRange(now: Date, weeksAhead = 0): { from: Date; to: Date } {
  const from = new Date(now);
  from.setHours(0, 0, 0, 0);
  const sinceMonday = (from.getDay() + 6) % 7;
  from.setDate(from.getDate() - sinceMonday + 7 * weeksAhead);
  const to = new Date(from);
  to.setDate(to.getDate() + 7);
  return { from, to };
}
