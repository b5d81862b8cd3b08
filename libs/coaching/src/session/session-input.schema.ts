import { z } from 'zod';
import { isStorableText } from '@parity/shared/errors';
import { SessionState } from './session-state.enum';

const DAY = 86_400_000;
/** Sessions are planned at most this far ahead. */
const MAX_AHEAD_DAYS = 366;
/** The calendar query covers about a quarter at most. */
export const MAX_RANGE_DAYS = 93;

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** A time the session could start: valid, in the future, within a year. */
export const futureTime = z
  .date()
  .refine((date) => !Number.isNaN(date.getTime()), 'INVALID')
  .refine(
    (date) => date.getTime() > Date.now() && date.getTime() < Date.now() + MAX_AHEAD_DAYS * DAY,
    'OUT_OF_RANGE',
  );

/** Optional free text: trimmed, empty means none. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(isStorableText, 'INVALID')
    .nullish()
    .transform((value) => (value ? value : null));

const isWebUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

export const proposeSessionSchema = z.object({
  engagementId: z.string(),
  proposedTimes: z
    .array(futureTime)
    .min(1)
    .max(5)
    .refine((times) => new Set(times.map((time) => time.getTime())).size === times.length, 'INVALID'),
  durationMinutes: z.number().int().min(15).max(240),
  timeZone: z.string().max(64).refine(isTimeZone, 'UNKNOWN_TIME_ZONE'),
  location: optionalText(300),
  onlineUrl: z
    .string()
    .trim()
    .max(500)
    .refine((value) => value === '' || (isStorableText(value) && isWebUrl(value)), 'INVALID')
    .nullish()
    // Stored as the URL parser writes it: no raw control characters reach an e-mail or a calendar file.
    .transform((value) => (value ? new URL(value).href : null))
    .refine((value) => value === null || value.length <= 500, 'TOO_LONG'),
  agenda: optionalText(4000),
});

export type ProposeSession = z.infer<typeof proposeSessionSchema>;

export const startsAtSchema = z.object({ startsAt: futureTime });

export const cancelSchema = z.object({ reason: optionalText(1000) });

export const outcomeSchema = z.object({
  outcome: z.enum([SessionState.HELD, SessionState.NO_SHOW]),
});

export const rangeSchema = z
  .object({ from: z.date(), to: z.date() })
  .refine(({ from, to }) => to.getTime() > from.getTime(), { path: ['to'], message: 'OUT_OF_RANGE' })
  .refine(({ from, to }) => to.getTime() - from.getTime() <= MAX_RANGE_DAYS * DAY, {
    path: ['to'],
    message: 'OUT_OF_RANGE',
  });
