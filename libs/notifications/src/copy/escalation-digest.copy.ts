import type { EscalationDigestParams } from './notification-params';
import type { KindCopyDefinition } from './kind-copy';

/**
 * Sent to an institution's administrators. The institution name stands before a colon because Slavic languages
 * would otherwise need it declined ("u Ministarstvu"), which a stored name cannot be.
 */
export const ESCALATION_DIGEST_COPY: KindCopyDefinition<EscalationDigestParams> = {
  titleField: 'institutionName',
  bodyField: 'institutionName',
  locales: {
    en: {
      title: (p) => `Overdue training: ${p.institutionName}`,
      body: (p, f) =>
        `${p.institutionName}: ${f.overdueAssignments(p.total)}. See the overview and follow up with the learners.`,
      action: 'Open the overview',
    },
    bs: {
      title: (p) => `Prekoračeni rokovi: ${p.institutionName}`,
      body: (p, f) =>
        `${p.institutionName}: ${f.overdueAssignments(p.total)}. Pogledajte pregled i javite se polaznicima.`,
      action: 'Otvorite pregled',
    },
    hr: {
      title: (p) => `Prekoračeni rokovi: ${p.institutionName}`,
      body: (p, f) =>
        `${p.institutionName}: ${f.overdueAssignments(p.total)}. Pogledajte pregled i javite se polaznicima.`,
      action: 'Otvorite pregled',
    },
    'sr-Latn': {
      title: (p) => `Prekoračeni rokovi: ${p.institutionName}`,
      body: (p, f) =>
        `${p.institutionName}: ${f.overdueAssignments(p.total)}. Pogledajte pregled i javite se polaznicima.`,
      action: 'Otvorite pregled',
    },
    'sr-Cyrl': {
      title: (p) => `Прекорачени рокови: ${p.institutionName}`,
      body: (p, f) =>
        `${p.institutionName}: ${f.overdueAssignments(p.total)}. Погледајте преглед и јавите се полазницима.`,
      action: 'Отворите преглед',
    },
    cnr: {
      title: (p) => `Prekoračeni rokovi: ${p.institutionName}`,
      body: (p, f) =>
        `${p.institutionName}: ${f.overdueAssignments(p.total)}. Pogledajte pregled i javite se polaznicima.`,
      action: 'Otvorite pregled',
    },
    mk: {
      title: (p) => `Задоцнети обврски: ${p.institutionName}`,
      body: (p, f) =>
        `${p.institutionName}: ${f.overdueAssignments(p.total)}. Погледнете го прегледот и јавете им се на учесниците.`,
      action: 'Отворете го прегледот',
    },
    sq: {
      title: (p) => `Afate të kaluara: ${p.institutionName}`,
      body: (p, f) =>
        `${p.institutionName}: ${f.overdueAssignments(p.total)}. Shikoni përmbledhjen dhe kontaktoni pjesëmarrësit.`,
      action: 'Hapni përmbledhjen',
    },
  },
};
