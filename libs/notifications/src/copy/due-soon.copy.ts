import type { KindCopyDefinition } from './kind-copy';
import type { DueSoonParams } from './notification-params';

/** Sent some days before a deadline. Slavic copy puts the date after "Rok:" so no preposition forces a case. */
export const DUE_SOON_COPY: KindCopyDefinition<DueSoonParams> = {
  titleField: 'courseTitle',
  bodyField: 'courseTitle',
  locales: {
    en: {
      title: (p, f) => `Due in ${f.days(p.daysLeft)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Complete “${p.courseTitle}” by ${f.dateTime(p.dueAt)}.${p.mandatory ? ' This course is mandatory.' : ''}`,
      action: 'Continue the course',
    },
    bs: {
      title: (p, f) => `Rok ističe za ${f.days(p.daysLeft)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Završite kurs „${p.courseTitle}“. Rok: ${f.dateTime(p.dueAt)}.${p.mandatory ? ' Kurs je obavezan.' : ''}`,
      action: 'Nastavite kurs',
    },
    hr: {
      title: (p, f) => `Rok ističe za ${f.days(p.daysLeft)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Završite tečaj „${p.courseTitle}”. Rok: ${f.dateTime(p.dueAt)}.${p.mandatory ? ' Tečaj je obvezan.' : ''}`,
      action: 'Nastavite tečaj',
    },
    'sr-Latn': {
      title: (p, f) => `Rok ističe za ${f.days(p.daysLeft)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Završite kurs „${p.courseTitle}“. Rok: ${f.dateTime(p.dueAt)}.${p.mandatory ? ' Kurs je obavezan.' : ''}`,
      action: 'Nastavite kurs',
    },
    'sr-Cyrl': {
      title: (p, f) => `Рок истиче за ${f.days(p.daysLeft)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Завршите курс „${p.courseTitle}“. Рок: ${f.dateTime(p.dueAt)}.${p.mandatory ? ' Курс је обавезан.' : ''}`,
      action: 'Наставите курс',
    },
    cnr: {
      title: (p, f) => `Rok ističe za ${f.days(p.daysLeft)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Završite kurs „${p.courseTitle}“. Rok: ${f.dateTime(p.dueAt)}.${p.mandatory ? ' Kurs je obavezan.' : ''}`,
      action: 'Nastavite kurs',
    },
    mk: {
      title: (p, f) => `Рокот истекува за ${f.days(p.daysLeft)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Завршете го курсот „${p.courseTitle}“. Рок: ${f.dateTime(p.dueAt)}.${p.mandatory ? ' Курсот е задолжителен.' : ''}`,
      action: 'Продолжете го курсот',
    },
    sq: {
      title: (p, f) => `Edhe ${f.days(p.daysLeft)} deri në afat: ${p.courseTitle}`,
      body: (p, f) =>
        `Përfundoni kursin “${p.courseTitle}”. Afati: ${f.dateTime(p.dueAt)}.${p.mandatory ? ' Ky kurs është i detyrueshëm.' : ''}`,
      action: 'Vazhdoni kursin',
    },
  },
};
