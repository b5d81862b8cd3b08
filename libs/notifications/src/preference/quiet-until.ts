/**
 * When the person's quiet hours end, if `now` falls inside them (in their time zone), else null. Hours may wrap
 * midnight (22:00–07:00). Minutes are whole: the e-mail goes at the first minute after the quiet hours.
 */
export function quietUntil(now: Date, timeZone: string, startMinute: number, endMinute: number): Date | null {
  if (startMinute === endMinute) return null;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const minute = part('hour') * 60 + part('minute');
  const inside =
    startMinute < endMinute
      ? minute >= startMinute && minute < endMinute
      : minute >= startMinute || minute < endMinute;
  if (!inside) return null;
  const wait = (endMinute - minute + 1440) % 1440;
  const startOfMinute = now.getTime() - (now.getTime() % 60_000);
  return new Date(startOfMinute + wait * 60_000);
}
