import type { NotificationLocale } from './notification-locale';
import type { PluralForms } from './plural-forms';

/** The counted words in reminders, in every plural form each language has (CLDR categories). */
export interface UnitCopy {
  day: PluralForms;
  hour: PluralForms;
  minute: PluralForms;
  overdueAssignment: PluralForms;
}

const BOSNIAN_CROATIAN_UNITS = {
  day: { one: 'dan', few: 'dana', other: 'dana' },
  hour: { one: 'sat', few: 'sata', other: 'sati' },
  minute: { one: 'minuta', few: 'minute', other: 'minuta' },
  overdueAssignment: { one: 'prekoračen rok', few: 'prekoračena roka', other: 'prekoračenih rokova' },
};

const SERBIAN_LATIN_UNITS = {
  day: { one: 'dan', few: 'dana', other: 'dana' },
  hour: { one: 'sat', few: 'sata', other: 'sati' },
  minute: { one: 'minut', few: 'minuta', other: 'minuta' },
  overdueAssignment: { one: 'prekoračen rok', few: 'prekoračena roka', other: 'prekoračenih rokova' },
};

export const UNIT_COPY: Record<NotificationLocale, UnitCopy> = {
  en: {
    day: { one: 'day', other: 'days' },
    hour: { one: 'hour', other: 'hours' },
    minute: { one: 'minute', other: 'minutes' },
    overdueAssignment: { one: 'overdue course assignment', other: 'overdue course assignments' },
  },
  bs: BOSNIAN_CROATIAN_UNITS,
  hr: BOSNIAN_CROATIAN_UNITS,
  'sr-Latn': SERBIAN_LATIN_UNITS,
  'sr-Cyrl': {
    day: { one: 'дан', few: 'дана', other: 'дана' },
    hour: { one: 'сат', few: 'сата', other: 'сати' },
    minute: { one: 'минут', few: 'минута', other: 'минута' },
    overdueAssignment: { one: 'прекорачен рок', few: 'прекорачена рока', other: 'прекорачених рокова' },
  },
  cnr: SERBIAN_LATIN_UNITS,
  mk: {
    day: { one: 'ден', other: 'дена' },
    hour: { one: 'час', other: 'часа' },
    minute: { one: 'минута', other: 'минути' },
    overdueAssignment: { one: 'задоцнета обврска', other: 'задоцнети обврски' },
  },
  sq: {
    day: { one: 'ditë', other: 'ditë' },
    hour: { one: 'orë', other: 'orë' },
    minute: { one: 'minutë', other: 'minuta' },
    overdueAssignment: { one: 'kurs me afat të kaluar', other: 'kurse me afat të kaluar' },
  },
};
