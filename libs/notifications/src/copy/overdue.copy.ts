import type { KindCopyDefinition } from './kind-copy';
import type { OverdueParams } from './notification-params';

/** Sent after a missed deadline: firmer for mandatory courses, encouraging for optional ones. */
export const OVERDUE_COPY: KindCopyDefinition<OverdueParams> = {
  titleField: 'courseTitle',
  bodyField: 'courseTitle',
  locales: {
    en: {
      title: (p, f) => `Overdue by ${f.days(p.overdueDays)}: ${p.courseTitle}`,
      body: (p, f) =>
        `“${p.courseTitle}” was due on ${f.dateTime(p.dueAt)}.` +
        (p.mandatory ? ' The course is mandatory: please complete it soon.' : ' You can still complete it.'),
      action: 'Complete the course',
    },
    bs: {
      title: (p, f) => `Rok je prekoračen za ${f.days(p.overdueDays)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Rok za kurs „${p.courseTitle}“ bio je ${f.dateTime(p.dueAt)}.` +
        (p.mandatory ? ' Kurs je obavezan, završite ga što prije.' : ' Kurs još uvijek možete završiti.'),
      action: 'Završite kurs',
    },
    hr: {
      title: (p, f) => `Rok je prekoračen za ${f.days(p.overdueDays)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Rok za tečaj „${p.courseTitle}” bio je ${f.dateTime(p.dueAt)}.` +
        (p.mandatory ? ' Tečaj je obvezan, završite ga što prije.' : ' Tečaj još uvijek možete završiti.'),
      action: 'Završite tečaj',
    },
    'sr-Latn': {
      title: (p, f) => `Rok je prekoračen za ${f.days(p.overdueDays)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Rok za kurs „${p.courseTitle}“ bio je ${f.dateTime(p.dueAt)}.` +
        (p.mandatory ? ' Kurs je obavezan, završite ga što pre.' : ' Kurs još uvek možete da završite.'),
      action: 'Završite kurs',
    },
    'sr-Cyrl': {
      title: (p, f) => `Рок је прекорачен за ${f.days(p.overdueDays)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Рок за курс „${p.courseTitle}“ био је ${f.dateTime(p.dueAt)}.` +
        (p.mandatory ? ' Курс је обавезан, завршите га што пре.' : ' Курс још увек можете да завршите.'),
      action: 'Завршите курс',
    },
    cnr: {
      title: (p, f) => `Rok je prekoračen za ${f.days(p.overdueDays)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Rok za kurs „${p.courseTitle}“ bio je ${f.dateTime(p.dueAt)}.` +
        (p.mandatory ? ' Kurs je obavezan, završite ga što prije.' : ' Kurs još uvijek možete završiti.'),
      action: 'Završite kurs',
    },
    mk: {
      title: (p, f) => `Рокот помина пред ${f.days(p.overdueDays)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Рокот за курсот „${p.courseTitle}“ беше ${f.dateTime(p.dueAt)}.` +
        (p.mandatory
          ? ' Курсот е задолжителен, завршете го што побрзо.'
          : ' Курсот сè уште можете да го завршите.'),
      action: 'Завршете го курсот',
    },
    sq: {
      title: (p, f) => `Afati kaloi ${f.days(p.overdueDays)} më parë: ${p.courseTitle}`,
      body: (p, f) =>
        `Afati për kursin “${p.courseTitle}” ishte ${f.dateTime(p.dueAt)}.` +
        (p.mandatory
          ? ' Kursi është i detyrueshëm, përfundojeni sa më shpejt.'
          : ' Kursin mund ta përfundoni ende.'),
      action: 'Përfundoni kursin',
    },
  },
};
