import type { KindCopyDefinition } from './kind-copy';
import type { NotStartedParams } from './notification-params';

/**
 * Sent when an assigned course has not been opened. The assignment date sits after a label ("Datum dodjele:")
 * because Bosnian and Serbian month names from Intl are nominative and would be wrong after a verb.
 */
export const NOT_STARTED_COPY: KindCopyDefinition<NotStartedParams> = {
  titleField: 'courseTitle',
  bodyField: 'courseTitle',
  locales: {
    en: {
      title: (p) => `Not started yet: ${p.courseTitle}`,
      body: (p, f) =>
        `You were enrolled in “${p.courseTitle}” on ${f.date(p.assignedAt)} and have not started yet.` +
        (p.dueAt ? ` Deadline: ${f.dateTime(p.dueAt)}.` : ''),
      action: 'Start the course',
    },
    bs: {
      title: (p) => `Još niste započeli: ${p.courseTitle}`,
      body: (p, f) =>
        `Kurs „${p.courseTitle}“ još niste započeli. Datum dodjele: ${f.date(p.assignedAt)}` +
        (p.dueAt ? ` Rok: ${f.dateTime(p.dueAt)}.` : ''),
      action: 'Započnite kurs',
    },
    hr: {
      title: (p) => `Još niste započeli: ${p.courseTitle}`,
      body: (p, f) =>
        `Tečaj „${p.courseTitle}” još niste započeli. Datum dodjele: ${f.date(p.assignedAt)}` +
        (p.dueAt ? ` Rok: ${f.dateTime(p.dueAt)}.` : ''),
      action: 'Započnite tečaj',
    },
    'sr-Latn': {
      title: (p) => `Još niste započeli: ${p.courseTitle}`,
      body: (p, f) =>
        `Kurs „${p.courseTitle}“ još niste započeli. Datum dodele: ${f.date(p.assignedAt)}` +
        (p.dueAt ? ` Rok: ${f.dateTime(p.dueAt)}.` : ''),
      action: 'Započnite kurs',
    },
    'sr-Cyrl': {
      title: (p) => `Још нисте започели: ${p.courseTitle}`,
      body: (p, f) =>
        `Курс „${p.courseTitle}“ још нисте започели. Датум доделе: ${f.date(p.assignedAt)}` +
        (p.dueAt ? ` Рок: ${f.dateTime(p.dueAt)}.` : ''),
      action: 'Започните курс',
    },
    cnr: {
      title: (p) => `Još nijeste započeli: ${p.courseTitle}`,
      body: (p, f) =>
        `Kurs „${p.courseTitle}“ još nijeste započeli. Datum dodjele: ${f.date(p.assignedAt)}` +
        (p.dueAt ? ` Rok: ${f.dateTime(p.dueAt)}.` : ''),
      action: 'Započnite kurs',
    },
    mk: {
      title: (p) => `Сè уште не сте започнале: ${p.courseTitle}`,
      body: (p, f) =>
        `Сè уште не сте го започнале курсот „${p.courseTitle}“. Доделен: ${f.date(p.assignedAt)}` +
        (p.dueAt ? ` Рок: ${f.dateTime(p.dueAt)}.` : ''),
      action: 'Започнете го курсот',
    },
    sq: {
      title: (p) => `Ende pa filluar: ${p.courseTitle}`,
      body: (p, f) =>
        `Ende nuk e keni filluar kursin “${p.courseTitle}”. Data e caktimit: ${f.date(p.assignedAt)}.` +
        (p.dueAt ? ` Afati: ${f.dateTime(p.dueAt)}.` : ''),
      action: 'Filloni kursin',
    },
  },
};
