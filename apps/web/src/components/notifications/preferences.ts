import type { NotificationPreferencesInput } from '../../graphql/notifications.generated';

/** The kinds of notice, in the order the settings page lists them. */
export const NOTIFICATION_KINDS = [
  'due_soon',
  'overdue',
  'not_started',
  'inactive',
  'certificate_expiring',
  'session_upcoming',
  'escalation_digest',
] as const;

export interface KindChoice {
  kind: string;
  email: boolean;
  inApp: boolean;
}

/** What the settings form edits: channels per kind, and quiet hours as `HH:MM` (empty when off). */
export interface PreferencesForm {
  kinds: KindChoice[];
  quietHours: boolean;
  quietStart: string;
  quietEnd: string;
}

export interface PreferencesAnswer {
  kinds: readonly KindChoice[];
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
}

export type QuietHoursProblem = 'missing' | 'same';

const MINUTES_PER_DAY = 1440;

/** `22:00` → 1320; anything that is not a time of day → null. */
export function timeToMinutes(value: string): number | null {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** 420 → `07:00` (what `<input type="time">` holds, whatever the reader's language). */
export function minutesToTime(value: number): string {
  const minutes = ((Math.trunc(value) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

const order = (kind: string): number => {
  const index = (NOTIFICATION_KINDS as readonly string[]).indexOf(kind);
  return index === -1 ? NOTIFICATION_KINDS.length : index;
};

/** The form for what the server answered (kinds in the page's order; unknown kinds last, as sent). */
export function toForm(answer: PreferencesAnswer): PreferencesForm {
  const quietHours = answer.quietHoursStart !== null && answer.quietHoursEnd !== null;
  return {
    kinds: [...answer.kinds]
      .sort((a, b) => order(a.kind) - order(b.kind))
      .map(({ kind, email, inApp }) => ({ kind, email, inApp })),
    quietHours,
    quietStart: quietHours ? minutesToTime(answer.quietHoursStart ?? 0) : '',
    quietEnd: quietHours ? minutesToTime(answer.quietHoursEnd ?? 0) : '',
  };
}

/** Why the quiet hours cannot be saved as they are, if they cannot. */
export function quietHoursProblem(form: PreferencesForm): QuietHoursProblem | null {
  if (!form.quietHours) return null;
  const start = timeToMinutes(form.quietStart);
  const end = timeToMinutes(form.quietEnd);
  if (start === null || end === null) return 'missing';
  return start === end ? 'same' : null;
}

/** The mutation's input: every kind's two channels, and both quiet-hour bounds in minutes (or both null). */
export function toInput(form: PreferencesForm): NotificationPreferencesInput {
  const start = form.quietHours ? timeToMinutes(form.quietStart) : null;
  const end = form.quietHours ? timeToMinutes(form.quietEnd) : null;
  const both = start !== null && end !== null;
  return {
    kinds: form.kinds.map(({ kind, email, inApp }) => ({ kind, email, inApp })),
    quietHoursStart: both ? start : null,
    quietHoursEnd: both ? end : null,
  };
}
