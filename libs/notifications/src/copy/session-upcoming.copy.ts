import type { KindCopyDefinition } from './kind-copy';
import type { SessionUpcomingParams } from './notification-params';

/**
 * Sent 24 hours and 1 hour before a coaching session. The other person's name follows a colon so Slavic copy
 * needs no instrumental case ("s Anom"); `place` is shortened first when the body runs long, as a link is.
 */
export const SESSION_UPCOMING_COPY: KindCopyDefinition<SessionUpcomingParams> = {
  titleField: 'otherPersonName',
  bodyField: 'place',
  locales: {
    en: {
      title: (p, f) => `Coaching session in ${f.hours(p.hoursLeft)}: ${p.otherPersonName}`,
      body: (p, f) =>
        `Starts ${f.dateTime(p.startsAt)}, lasts ${f.minutes(p.durationMinutes)}. Where: ${p.place}`,
      action: 'Open the session',
    },
    bs: {
      title: (p, f) => `Sesija počinje za ${f.hours(p.hoursLeft)}: ${p.otherPersonName}`,
      body: (p, f) =>
        `Početak: ${f.dateTime(p.startsAt)}. Trajanje: ${f.minutes(p.durationMinutes)}. Mjesto: ${p.place}`,
      action: 'Otvorite sesiju',
    },
    hr: {
      title: (p, f) => `Sastanak počinje za ${f.hours(p.hoursLeft)}: ${p.otherPersonName}`,
      body: (p, f) =>
        `Početak: ${f.dateTime(p.startsAt)}. Trajanje: ${f.minutes(p.durationMinutes)}. Mjesto: ${p.place}`,
      action: 'Otvorite sastanak',
    },
    'sr-Latn': {
      title: (p, f) => `Sesija počinje za ${f.hours(p.hoursLeft)}: ${p.otherPersonName}`,
      body: (p, f) =>
        `Početak: ${f.dateTime(p.startsAt)}. Trajanje: ${f.minutes(p.durationMinutes)}. Mesto: ${p.place}`,
      action: 'Otvorite sesiju',
    },
    'sr-Cyrl': {
      title: (p, f) => `Сесија почиње за ${f.hours(p.hoursLeft)}: ${p.otherPersonName}`,
      body: (p, f) =>
        `Почетак: ${f.dateTime(p.startsAt)}. Трајање: ${f.minutes(p.durationMinutes)}. Место: ${p.place}`,
      action: 'Отворите сесију',
    },
    cnr: {
      title: (p, f) => `Sesija počinje za ${f.hours(p.hoursLeft)}: ${p.otherPersonName}`,
      body: (p, f) =>
        `Početak: ${f.dateTime(p.startsAt)}. Trajanje: ${f.minutes(p.durationMinutes)}. Mjesto: ${p.place}`,
      action: 'Otvorite sesiju',
    },
    mk: {
      title: (p, f) => `Сесијата започнува за ${f.hours(p.hoursLeft)}: ${p.otherPersonName}`,
      body: (p, f) =>
        `Почеток: ${f.dateTime(p.startsAt)}. Времетраење: ${f.minutes(p.durationMinutes)}. Место: ${p.place}`,
      action: 'Отворете ја сесијата',
    },
    sq: {
      title: (p, f) => `Edhe ${f.hours(p.hoursLeft)} deri në seancë: ${p.otherPersonName}`,
      body: (p, f) =>
        `Fillimi: ${f.dateTime(p.startsAt)}. Kohëzgjatja: ${f.minutes(p.durationMinutes)}. Vendi: ${p.place}`,
      action: 'Hapni seancën',
    },
  },
};
