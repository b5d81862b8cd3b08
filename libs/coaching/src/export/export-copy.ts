import { intlLocaleOf } from '@parity/notifications';
import { isLocale, type Locale } from '@parity/curriculum';
import type { ActionItemStatus } from '../action/action-item-status.enum';
import type { SessionState } from '../session/session-state.enum';

/** The words of the coachee's export, in each of Parity's languages. */
export interface ExportCopy {
  title: string;
  programme: string;
  coach: string;
  coachee: string;
  exportedOn: string;
  sessions: string;
  sharedNotes: string;
  actionPlan: string;
  none: string;
  notScheduled: string;
  due: string;
  progress: string;
  /** The abbreviation after a duration ("60 min"). */
  minutes: string;
  kinds: Record<'goal' | 'action', string>;
  sessionStates: Record<SessionState, string>;
  actionStatuses: Record<ActionItemStatus, string>;
}

const LATIN_IJEKAVIAN = {
  sessions: 'Sesije',
  sharedNotes: 'Zajedničke bilješke',
  none: 'Još ništa.',
  notScheduled: 'Još nije zakazano',
  due: 'Rok',
  progress: 'Napredak',
  minutes: 'min',
  kinds: { goal: 'Cilj', action: 'Aktivnost' },
  sessionStates: {
    proposed: 'predložena',
    scheduled: 'zakazana',
    held: 'održana',
    no_show: 'izostanak',
    cancelled: 'otkazana',
  },
} as const;

export const EXPORT_COPY: Record<Locale, ExportCopy> = {
  en: {
    title: 'Coaching engagement',
    programme: 'Programme',
    coach: 'Coach',
    coachee: 'Coachee',
    exportedOn: 'Exported on',
    sessions: 'Sessions',
    sharedNotes: 'Shared notes',
    actionPlan: 'Action plan',
    none: 'None yet.',
    notScheduled: 'Not scheduled yet',
    due: 'Due',
    progress: 'Progress',
    minutes: 'min',
    kinds: { goal: 'Goal', action: 'Action' },
    sessionStates: {
      proposed: 'proposed',
      scheduled: 'scheduled',
      held: 'held',
      no_show: 'no-show',
      cancelled: 'cancelled',
    },
    actionStatuses: { open: 'open', in_progress: 'in progress', done: 'done', dropped: 'dropped' },
  },
  bs: {
    ...LATIN_IJEKAVIAN,
    title: 'Koučing angažman',
    programme: 'Program',
    coach: 'Kouč',
    coachee: 'Klijent/ica',
    exportedOn: 'Izvezeno',
    actionPlan: 'Akcioni plan',
    actionStatuses: { open: 'otvoreno', in_progress: 'u toku', done: 'završeno', dropped: 'odbačeno' },
  },
  hr: {
    ...LATIN_IJEKAVIAN,
    title: 'Koučing angažman',
    programme: 'Program',
    coach: 'Kouč',
    coachee: 'Klijent/ica',
    exportedOn: 'Izvezeno',
    actionPlan: 'Akcijski plan',
    actionStatuses: { open: 'otvoreno', in_progress: 'u tijeku', done: 'završeno', dropped: 'odbačeno' },
  },
  'sr-Latn': {
    ...LATIN_IJEKAVIAN,
    title: 'Koučing angažman',
    programme: 'Program',
    coach: 'Kouč',
    coachee: 'Klijent/kinja',
    exportedOn: 'Izvezeno',
    sharedNotes: 'Zajedničke beleške',
    actionPlan: 'Akcioni plan',
    actionStatuses: { open: 'otvoreno', in_progress: 'u toku', done: 'završeno', dropped: 'odbačeno' },
  },
  'sr-Cyrl': {
    title: 'Коучинг ангажман',
    programme: 'Програм',
    coach: 'Коуч',
    coachee: 'Клијент/киња',
    exportedOn: 'Извезено',
    sessions: 'Сесије',
    sharedNotes: 'Заједничке белешке',
    actionPlan: 'Акциони план',
    none: 'Још ништа.',
    notScheduled: 'Још није заказано',
    due: 'Рок',
    progress: 'Напредак',
    minutes: 'мин',
    kinds: { goal: 'Циљ', action: 'Активност' },
    sessionStates: {
      proposed: 'предложена',
      scheduled: 'заказана',
      held: 'одржана',
      no_show: 'изостанак',
      cancelled: 'отказана',
    },
    actionStatuses: { open: 'отворено', in_progress: 'у току', done: 'завршено', dropped: 'одбачено' },
  },
  cnr: {
    ...LATIN_IJEKAVIAN,
    title: 'Koučing angažman',
    programme: 'Program',
    coach: 'Kouč',
    coachee: 'Klijent/kinja',
    exportedOn: 'Izvezeno',
    actionPlan: 'Akcioni plan',
    actionStatuses: { open: 'otvoreno', in_progress: 'u toku', done: 'završeno', dropped: 'odbačeno' },
  },
  mk: {
    title: 'Коучинг ангажман',
    programme: 'Програма',
    coach: 'Коуч',
    coachee: 'Клиент/ка',
    exportedOn: 'Извезено на',
    sessions: 'Сесии',
    sharedNotes: 'Заеднички белешки',
    actionPlan: 'Акциски план',
    none: 'Сè уште ништо.',
    notScheduled: 'Сè уште не е закажано',
    due: 'Рок',
    progress: 'Напредок',
    minutes: 'мин',
    kinds: { goal: 'Цел', action: 'Активност' },
    sessionStates: {
      proposed: 'предложена',
      scheduled: 'закажана',
      held: 'одржана',
      no_show: 'отсуство',
      cancelled: 'откажана',
    },
    actionStatuses: { open: 'отворено', in_progress: 'во тек', done: 'завршено', dropped: 'откажано' },
  },
  sq: {
    title: 'Angazhimi i coaching-ut',
    programme: 'Programi',
    coach: 'Trajneri/ja',
    coachee: 'Përfituesi/ja',
    exportedOn: 'Eksportuar më',
    sessions: 'Seancat',
    sharedNotes: 'Shënime të përbashkëta',
    actionPlan: 'Plani i veprimit',
    none: 'Ende asgjë.',
    notScheduled: 'Ende e paplanifikuar',
    due: 'Afati',
    progress: 'Përparimi',
    minutes: 'min',
    kinds: { goal: 'Qëllim', action: 'Veprim' },
    sessionStates: {
      proposed: 'e propozuar',
      scheduled: 'e planifikuar',
      held: 'e mbajtur',
      no_show: 'mungesë',
      cancelled: 'e anuluar',
    },
    actionStatuses: { open: 'e hapur', in_progress: 'në vazhdim', done: 'e kryer', dropped: 'e hequr' },
  },
};

/** A person's language as one of the export's (English when theirs is not one of Parity's). */
export function exportLocale(locale: string | null | undefined): Locale {
  return locale && isLocale(locale) ? locale : 'en';
}

/** A date and time in the reader's language and time zone, e.g. "14. 3. 2027. 10:00 (Europe/Podgorica)". */
export function formatExportDateTime(value: Date, locale: Locale, timeZone: string): string {
  const text = new Intl.DateTimeFormat(intlLocaleOf(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(value);
  return `${text} (${timeZone})`;
}

export function formatExportDate(value: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'long', timeZone }).format(value);
}
