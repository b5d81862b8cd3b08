import type { NotificationLocale } from './notification-locale';

/** The parts every reminder e-mail shares: greeting, settings footer, and the escalation digest's table. */
export interface EmailCopy {
  greeting: (name: string) => string;
  /** Followed by the one-click link to notification settings. */
  settings: string;
  digestHeaders: { person: string; course: string; dueAt: string; overdue: string };
  /** Below a digest that lists fewer items than it counts. */
  digestMore: (count: number) => string;
}

export const EMAIL_COPY: Record<NotificationLocale, EmailCopy> = {
  en: {
    greeting: (name) => `Hello ${name},`,
    settings: 'Change which reminders you receive',
    digestHeaders: { person: 'Person', course: 'Course', dueAt: 'Due date', overdue: 'Overdue by' },
    digestMore: (count) => `…and ${count} more. The full list is in the overview.`,
  },
  bs: {
    greeting: (name) => `Poštovani/a ${name},`,
    settings: 'Odaberite koje podsjetnike primate',
    digestHeaders: { person: 'Osoba', course: 'Kurs', dueAt: 'Rok', overdue: 'Kašnjenje' },
    digestMore: (count) => `… i još ${count}. Cijeli spisak je u pregledu.`,
  },
  hr: {
    greeting: (name) => `Poštovani/a ${name},`,
    settings: 'Odaberite koje podsjetnike primate',
    digestHeaders: { person: 'Osoba', course: 'Tečaj', dueAt: 'Rok', overdue: 'Kašnjenje' },
    digestMore: (count) => `… i još ${count}. Cijeli popis nalazi se u pregledu.`,
  },
  'sr-Latn': {
    greeting: (name) => `Poštovani/a ${name},`,
    settings: 'Izaberite koje podsetnike primate',
    digestHeaders: { person: 'Osoba', course: 'Kurs', dueAt: 'Rok', overdue: 'Kašnjenje' },
    digestMore: (count) => `… i još ${count}. Ceo spisak je u pregledu.`,
  },
  'sr-Cyrl': {
    greeting: (name) => `Поштовани/а ${name},`,
    settings: 'Изаберите које подсетнике примате',
    digestHeaders: { person: 'Особа', course: 'Курс', dueAt: 'Рок', overdue: 'Кашњење' },
    digestMore: (count) => `… и још ${count}. Цео списак је у прегледу.`,
  },
  cnr: {
    greeting: (name) => `Poštovani/a ${name},`,
    settings: 'Izaberite koje podsjetnike primate',
    digestHeaders: { person: 'Osoba', course: 'Kurs', dueAt: 'Rok', overdue: 'Kašnjenje' },
    digestMore: (count) => `… i još ${count}. Cijeli spisak je u pregledu.`,
  },
  mk: {
    greeting: (name) => `Почитуван/а ${name},`,
    settings: 'Изберете кои потсетници ги примате',
    digestHeaders: { person: 'Лице', course: 'Курс', dueAt: 'Рок', overdue: 'Доцнење' },
    digestMore: (count) => `… и уште ${count}. Целиот список е во прегледот.`,
  },
  sq: {
    greeting: (name) => `Përshëndetje ${name},`,
    settings: 'Ndryshoni cilat kujtesa merrni',
    digestHeaders: { person: 'Personi', course: 'Kursi', dueAt: 'Afati', overdue: 'Vonesa' },
    digestMore: (count) => `… dhe ${count} të tjerë. Lista e plotë është te përmbledhja.`,
  },
};
