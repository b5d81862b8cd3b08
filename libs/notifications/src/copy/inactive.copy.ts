import type { KindCopyDefinition } from './kind-copy';
import type { InactiveParams } from './notification-params';

/** Sent when someone started a course and then stopped: shows progress so far, to make coming back feel short. */
export const INACTIVE_COPY: KindCopyDefinition<InactiveParams> = {
  titleField: 'courseTitle',
  bodyField: 'courseTitle',
  locales: {
    en: {
      title: (p) => `Continue where you left off: ${p.courseTitle}`,
      body: (p, f) =>
        `You have completed ${f.percent(p.progressPercent)} of “${p.courseTitle}”. ` +
        `Your last activity was on ${f.date(p.lastActivityAt)}.`,
      action: 'Continue the course',
    },
    bs: {
      title: (p) => `Nastavite gdje ste stali: ${p.courseTitle}`,
      body: (p, f) =>
        `Završili ste ${f.percent(p.progressPercent)} kursa „${p.courseTitle}“. ` +
        `Posljednja aktivnost: ${f.date(p.lastActivityAt)}`,
      action: 'Nastavite kurs',
    },
    hr: {
      title: (p) => `Nastavite gdje ste stali: ${p.courseTitle}`,
      body: (p, f) =>
        `Završili ste ${f.percent(p.progressPercent)} tečaja „${p.courseTitle}”. ` +
        `Posljednja aktivnost: ${f.date(p.lastActivityAt)}`,
      action: 'Nastavite tečaj',
    },
    'sr-Latn': {
      title: (p) => `Nastavite gde ste stali: ${p.courseTitle}`,
      body: (p, f) =>
        `Završili ste ${f.percent(p.progressPercent)} kursa „${p.courseTitle}“. ` +
        `Poslednja aktivnost: ${f.date(p.lastActivityAt)}`,
      action: 'Nastavite kurs',
    },
    'sr-Cyrl': {
      title: (p) => `Наставите где сте стали: ${p.courseTitle}`,
      body: (p, f) =>
        `Завршили сте ${f.percent(p.progressPercent)} курса „${p.courseTitle}“. ` +
        `Последња активност: ${f.date(p.lastActivityAt)}`,
      action: 'Наставите курс',
    },
    cnr: {
      title: (p) => `Nastavite gdje ste stali: ${p.courseTitle}`,
      body: (p, f) =>
        `Završili ste ${f.percent(p.progressPercent)} kursa „${p.courseTitle}“. ` +
        `Posljednja aktivnost: ${f.date(p.lastActivityAt)}`,
      action: 'Nastavite kurs',
    },
    mk: {
      title: (p) => `Продолжете каде што застанавте: ${p.courseTitle}`,
      body: (p, f) =>
        `Завршивте ${f.percent(p.progressPercent)} од курсот „${p.courseTitle}“. ` +
        `Последна активност: ${f.date(p.lastActivityAt)}`,
      action: 'Продолжете го курсот',
    },
    sq: {
      title: (p) => `Vazhdoni aty ku e latë: ${p.courseTitle}`,
      body: (p, f) =>
        `Keni përfunduar ${f.percent(p.progressPercent)} të kursit “${p.courseTitle}”. ` +
        `Aktiviteti i fundit: ${f.date(p.lastActivityAt)}.`,
      action: 'Vazhdoni kursin',
    },
  },
};
