import type { Locale, TranslatedText } from '@parity/curriculum';
import { localize } from '@parity/learning';
import { NotificationKind } from '../copy/notification-kind';
import type { NotificationParams } from '../copy/notification-params';

const DAY = 86_400_000;

/** A course title as stored (every language of the version) in the reader's language. */
function title(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return value;
  return localize((value ?? {}) as TranslatedText, locale).text;
}

const iso = (value: unknown): string => new Date(String(value)).toISOString();

/**
 * The renderer's params from what a sweep stored: the course title in the reader's language, and the day counts
 * as of `now` (the reminder may be rendered later than it was written, or again in another language).
 */
export function notificationParams(
  kind: NotificationKind,
  stored: Record<string, unknown>,
  locale: Locale,
  now: Date,
): NotificationParams {
  const courseTitle = title(stored['courseTitle'], locale);
  switch (kind) {
    case NotificationKind.DUE_SOON: {
      const dueAt = iso(stored['dueAt']);
      const daysLeft = Math.max(1, Math.ceil((new Date(dueAt).getTime() - now.getTime()) / DAY));
      return { kind, courseTitle, dueAt, daysLeft, mandatory: stored['mandatory'] === true };
    }
    case NotificationKind.OVERDUE: {
      const dueAt = iso(stored['dueAt']);
      const overdueDays = Math.max(0, Math.floor((now.getTime() - new Date(dueAt).getTime()) / DAY));
      return { kind, courseTitle, dueAt, overdueDays, mandatory: stored['mandatory'] === true };
    }
    case NotificationKind.NOT_STARTED:
      return {
        kind,
        courseTitle,
        assignedAt: iso(stored['assignedAt']),
        dueAt: stored['dueAt'] ? iso(stored['dueAt']) : null,
      };
    case NotificationKind.INACTIVE:
      return {
        kind,
        courseTitle,
        lastActivityAt: iso(stored['lastActivityAt']),
        progressPercent: Number(stored['progressPercent'] ?? 0),
      };
    case NotificationKind.CERTIFICATE_EXPIRING: {
      const expiresAt = iso(stored['expiresAt']);
      const daysLeft = Math.max(1, Math.ceil((new Date(expiresAt).getTime() - now.getTime()) / DAY));
      return { kind, courseTitle, expiresAt, daysLeft };
    }
    case NotificationKind.ESCALATION_DIGEST: {
      const items = (Array.isArray(stored['items']) ? stored['items'] : []) as Record<string, unknown>[];
      return {
        kind,
        institutionName: String(stored['institutionName'] ?? ''),
        total: Number(stored['total'] ?? items.length),
        items: items.map((item) => {
          const dueAt = iso(item['dueAt']);
          return {
            personName: String(item['personName'] ?? ''),
            courseTitle: title(item['courseTitle'], locale),
            dueAt,
            overdueDays: Math.max(0, Math.floor((now.getTime() - new Date(dueAt).getTime()) / DAY)),
          };
        }),
      };
    }
    default:
      return { kind, ...stored } as NotificationParams;
  }
}
