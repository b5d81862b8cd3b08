import type { CopyFormat } from './copy-format';
import type { NotificationLocale } from './notification-locale';

/** Why a calendar invitation goes out: a time was booked, moved, or the session was called off. */
export type SessionInvitationKind = 'booked' | 'rescheduled' | 'cancelled';

/**
 * What an invitation e-mail says. Times are ISO instants, shown in the recipient's zone; `place` is a link or a
 * room (empty when neither was given). No agenda, reason or note: those stay behind the link, in Parity.
 */
export interface SessionInvitationParams {
  otherPersonName: string;
  startsAt: string;
  previousStartsAt: string | null;
  durationMinutes: number;
  place: string;
}

type Line = (params: SessionInvitationParams, format: CopyFormat) => string;

/** One language's words for the invitation e-mails and the calendar event they carry. */
export interface SessionInvitationCopy {
  subject: Record<SessionInvitationKind, Line>;
  message: Record<SessionInvitationKind, Line>;
  /** The calendar event's title. */
  summary: (params: SessionInvitationParams) => string;
  place: string;
  /** Below the message: the .ics is attached (or, on cancellation, removes the event). */
  calendarNote: string;
  action: string;
}

/**
 * The other person's name follows a colon, as in the reminder copy, so Slavic copy needs no instrumental case.
 * Durations and dates come from the shared format (plural forms, the recipient's zone).
 */
export const SESSION_INVITATION_COPY: Record<NotificationLocale, SessionInvitationCopy> = {
  en: {
    subject: {
      booked: (p) => `Coaching session booked: ${p.otherPersonName}`,
      rescheduled: (p) => `Coaching session moved: ${p.otherPersonName}`,
      cancelled: (p) => `Coaching session cancelled: ${p.otherPersonName}`,
    },
    message: {
      booked: (p, f) =>
        `The session is booked for ${f.dateTime(p.startsAt)}. Duration: ${f.minutes(p.durationMinutes)}.`,
      rescheduled: (p, f) =>
        `The session was moved ${p.previousStartsAt ? `from ${f.dateTime(p.previousStartsAt)} ` : ''}to ${f.dateTime(p.startsAt)}. Duration: ${f.minutes(p.durationMinutes)}.`,
      cancelled: (p, f) => `The session of ${f.dateTime(p.startsAt)} is cancelled.`,
    },
    summary: (p) => `Coaching session: ${p.otherPersonName}`,
    place: 'Where',
    calendarNote: 'The attached invitation updates your calendar.',
    action: 'Open the session',
  },
  bs: {
    subject: {
      booked: (p) => `Sesija je zakazana: ${p.otherPersonName}`,
      rescheduled: (p) => `Sesija je pomjerena: ${p.otherPersonName}`,
      cancelled: (p) => `Sesija je otkazana: ${p.otherPersonName}`,
    },
    message: {
      booked: (p, f) =>
        `Sesija je zakazana za ${f.dateTime(p.startsAt)}. Trajanje: ${f.minutes(p.durationMinutes)}.`,
      rescheduled: (p, f) =>
        `Sesija je pomjerena ${p.previousStartsAt ? `s termina ${f.dateTime(p.previousStartsAt)} ` : ''}na ${f.dateTime(p.startsAt)}. Trajanje: ${f.minutes(p.durationMinutes)}.`,
      cancelled: (p, f) => `Sesija zakazana za ${f.dateTime(p.startsAt)} je otkazana.`,
    },
    summary: (p) => `Coaching sesija: ${p.otherPersonName}`,
    place: 'Mjesto',
    calendarNote: 'Pozivnica u prilogu ažurira vaš kalendar.',
    action: 'Otvorite sesiju',
  },
  hr: {
    subject: {
      booked: (p) => `Sastanak je zakazan: ${p.otherPersonName}`,
      rescheduled: (p) => `Sastanak je premješten: ${p.otherPersonName}`,
      cancelled: (p) => `Sastanak je otkazan: ${p.otherPersonName}`,
    },
    message: {
      booked: (p, f) =>
        `Sastanak je zakazan za ${f.dateTime(p.startsAt)}. Trajanje: ${f.minutes(p.durationMinutes)}.`,
      rescheduled: (p, f) =>
        `Sastanak je premješten ${p.previousStartsAt ? `s termina ${f.dateTime(p.previousStartsAt)} ` : ''}na ${f.dateTime(p.startsAt)}. Trajanje: ${f.minutes(p.durationMinutes)}.`,
      cancelled: (p, f) => `Sastanak zakazan za ${f.dateTime(p.startsAt)} je otkazan.`,
    },
    summary: (p) => `Coaching sastanak: ${p.otherPersonName}`,
    place: 'Mjesto',
    calendarNote: 'Pozivnica u privitku ažurira vaš kalendar.',
    action: 'Otvorite sastanak',
  },
  'sr-Latn': {
    subject: {
      booked: (p) => `Sesija je zakazana: ${p.otherPersonName}`,
      rescheduled: (p) => `Sesija je pomerena: ${p.otherPersonName}`,
      cancelled: (p) => `Sesija je otkazana: ${p.otherPersonName}`,
    },
    message: {
      booked: (p, f) =>
        `Sesija je zakazana za ${f.dateTime(p.startsAt)}. Trajanje: ${f.minutes(p.durationMinutes)}.`,
      rescheduled: (p, f) =>
        `Sesija je pomerena ${p.previousStartsAt ? `sa termina ${f.dateTime(p.previousStartsAt)} ` : ''}na ${f.dateTime(p.startsAt)}. Trajanje: ${f.minutes(p.durationMinutes)}.`,
      cancelled: (p, f) => `Sesija zakazana za ${f.dateTime(p.startsAt)} je otkazana.`,
    },
    summary: (p) => `Koučing sesija: ${p.otherPersonName}`,
    place: 'Mesto',
    calendarNote: 'Pozivnica u prilogu ažurira vaš kalendar.',
    action: 'Otvorite sesiju',
  },
  'sr-Cyrl': {
    subject: {
      booked: (p) => `Сесија је заказана: ${p.otherPersonName}`,
      rescheduled: (p) => `Сесија је померена: ${p.otherPersonName}`,
      cancelled: (p) => `Сесија је отказана: ${p.otherPersonName}`,
    },
    message: {
      booked: (p, f) =>
        `Сесија је заказана за ${f.dateTime(p.startsAt)}. Трајање: ${f.minutes(p.durationMinutes)}.`,
      rescheduled: (p, f) =>
        `Сесија је померена ${p.previousStartsAt ? `са термина ${f.dateTime(p.previousStartsAt)} ` : ''}на ${f.dateTime(p.startsAt)}. Трајање: ${f.minutes(p.durationMinutes)}.`,
      cancelled: (p, f) => `Сесија заказана за ${f.dateTime(p.startsAt)} је отказана.`,
    },
    summary: (p) => `Коучинг сесија: ${p.otherPersonName}`,
    place: 'Место',
    calendarNote: 'Позивница у прилогу ажурира ваш календар.',
    action: 'Отворите сесију',
  },
  cnr: {
    subject: {
      booked: (p) => `Sesija je zakazana: ${p.otherPersonName}`,
      rescheduled: (p) => `Sesija je pomjerena: ${p.otherPersonName}`,
      cancelled: (p) => `Sesija je otkazana: ${p.otherPersonName}`,
    },
    message: {
      booked: (p, f) =>
        `Sesija je zakazana za ${f.dateTime(p.startsAt)}. Trajanje: ${f.minutes(p.durationMinutes)}.`,
      rescheduled: (p, f) =>
        `Sesija je pomjerena ${p.previousStartsAt ? `sa termina ${f.dateTime(p.previousStartsAt)} ` : ''}na ${f.dateTime(p.startsAt)}. Trajanje: ${f.minutes(p.durationMinutes)}.`,
      cancelled: (p, f) => `Sesija zakazana za ${f.dateTime(p.startsAt)} je otkazana.`,
    },
    summary: (p) => `Koučing sesija: ${p.otherPersonName}`,
    place: 'Mjesto',
    calendarNote: 'Pozivnica u prilogu ažurira vaš kalendar.',
    action: 'Otvorite sesiju',
  },
  mk: {
    subject: {
      booked: (p) => `Сесијата е закажана: ${p.otherPersonName}`,
      rescheduled: (p) => `Сесијата е преместена: ${p.otherPersonName}`,
      cancelled: (p) => `Сесијата е откажана: ${p.otherPersonName}`,
    },
    message: {
      booked: (p, f) =>
        `Сесијата е закажана за ${f.dateTime(p.startsAt)}. Времетраење: ${f.minutes(p.durationMinutes)}.`,
      rescheduled: (p, f) =>
        `Сесијата е преместена ${p.previousStartsAt ? `од ${f.dateTime(p.previousStartsAt)} ` : ''}на ${f.dateTime(p.startsAt)}. Времетраење: ${f.minutes(p.durationMinutes)}.`,
      cancelled: (p, f) => `Сесијата закажана за ${f.dateTime(p.startsAt)} е откажана.`,
    },
    summary: (p) => `Коучинг сесија: ${p.otherPersonName}`,
    place: 'Место',
    calendarNote: 'Поканата во прилог го ажурира вашиот календар.',
    action: 'Отворете ја сесијата',
  },
  sq: {
    subject: {
      booked: (p) => `Seanca u caktua: ${p.otherPersonName}`,
      rescheduled: (p) => `Seanca u zhvendos: ${p.otherPersonName}`,
      cancelled: (p) => `Seanca u anulua: ${p.otherPersonName}`,
    },
    message: {
      booked: (p, f) =>
        `Seanca është caktuar më ${f.dateTime(p.startsAt)}. Kohëzgjatja: ${f.minutes(p.durationMinutes)}.`,
      rescheduled: (p, f) =>
        `Seanca u zhvendos ${p.previousStartsAt ? `nga ${f.dateTime(p.previousStartsAt)} ` : ''}në ${f.dateTime(p.startsAt)}. Kohëzgjatja: ${f.minutes(p.durationMinutes)}.`,
      cancelled: (p, f) => `Seanca e caktuar më ${f.dateTime(p.startsAt)} u anulua.`,
    },
    summary: (p) => `Seancë coaching-u: ${p.otherPersonName}`,
    place: 'Vendi',
    calendarNote: 'Ftesa e bashkëngjitur përditëson kalendarin tuaj.',
    action: 'Hapni seancën',
  },
};
