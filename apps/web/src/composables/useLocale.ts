import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { deviceLocale, isLocale, setLocale, type Locale } from '../i18n';
import { useSessionStore, type Me } from '../stores/session';

/** Set when a person picks a language before signing in: that choice then wins over the profile's. */
let chosenWhileSignedOut = false;

/** The interface language: switch it, remember it on this device and, when signed in, in the profile. */
export function useLocale() {
  const { locale } = useI18n();
  const session = useSessionStore();
  const current = computed(() => locale.value as Locale);

  async function changeLocale(code: Locale): Promise<void> {
    await setLocale(code, { remember: true });
    if (!session.isSignedIn) {
      chosenWhileSignedOut = true;
      return;
    }
    if (session.me?.locale !== code) {
      // The language is a preference: failing to save it must not undo the switch.
      await session.updateProfile({ locale: code }).catch(() => undefined);
    }
  }

  return { current, changeLocale };
}

/**
 * After sign-in. A language the person just chose is saved to the profile. Otherwise the page stays in the
 * language the person was reading when this device asks for one (a remembered choice, or a browser language
 * Parity speaks): signing in never switches the language under their eyes. Only a device with no language of
 * ours (e.g. a German browser) takes the profile's.
 */
export async function adoptProfileLocale(me: Me, current: string): Promise<void> {
  const session = useSessionStore();
  if (chosenWhileSignedOut) {
    chosenWhileSignedOut = false;
    if (me.locale !== current) await session.updateProfile({ locale: current }).catch(() => undefined);
    return;
  }
  if (deviceLocale() !== undefined) return;
  if (isLocale(me.locale) && me.locale !== current) await setLocale(me.locale, { remember: true });
}
