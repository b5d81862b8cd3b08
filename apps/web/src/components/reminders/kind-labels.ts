import { useI18n } from 'vue-i18n';

/** A reminder kind's name and what its numbers mean; a kind this version does not know yet shows as sent. */
export function useKindLabels() {
  const { t, te } = useI18n();
  function kindName(kind: string): string {
    const key = `notifications.kinds.${kind}.name`;
    return te(key) ? t(key) : kind;
  }
  function kindExplanation(kind: string): string {
    const key = `reminderRules.kinds.${kind}`;
    return te(key) ? t(key) : '';
  }
  return { kindName, kindExplanation };
}
