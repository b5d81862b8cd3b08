import { createI18n } from 'vue-i18n';

/** The interface languages, each named in its own language for the switcher. */
export const LOCALES = [
  { code: 'en', name: 'English', intl: 'en-GB' },
  { code: 'bs', name: 'Bosanski', intl: 'bs' },
  { code: 'hr', name: 'Hrvatski', intl: 'hr' },
  { code: 'sr-Latn', name: 'Srpski (latinica)', intl: 'sr-Latn-RS' },
  { code: 'sr-Cyrl', name: 'Српски (ћирилица)', intl: 'sr-Cyrl-RS' },
  { code: 'cnr', name: 'Crnogorski', intl: 'sr-Latn-ME' },
  { code: 'mk', name: 'Македонски', intl: 'mk' },
  { code: 'sq', name: 'Shqip', intl: 'sq' },
] as const;

export type Locale = (typeof LOCALES)[number]['code'];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_STORAGE_KEY = 'parity.locale';

/** Where a missing message is looked up next: Serbian Cyrillic and Montenegrin fall back to Serbian Latin. */
export const FALLBACK_CHAIN: Record<Locale, Locale[]> = {
  en: [],
  bs: ['en'],
  hr: ['en'],
  'sr-Latn': ['en'],
  'sr-Cyrl': ['sr-Latn', 'en'],
  cnr: ['sr-Latn', 'en'],
  mk: ['en'],
  sq: ['en'],
};

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((entry) => entry.code === value);
}

/** The BCP 47 tag Intl understands for a locale (Intl has no data for `cnr`). */
export function intlLocale(code: string): string {
  return LOCALES.find((entry) => entry.code === code)?.intl ?? 'en-GB';
}

/** Maps a browser language tag (e.g. `sr-RS`, `sq-AL`, `me`) to one of ours, if any. */
export function matchLocale(tag: string): Locale | undefined {
  const lower = tag.toLowerCase();
  if (lower.startsWith('sr')) return lower.includes('latn') || lower.endsWith('-me') ? 'sr-Latn' : 'sr-Cyrl';
  if (lower.startsWith('cnr') || lower === 'me') return 'cnr';
  const base = lower.split('-')[0];
  return LOCALES.find((entry) => entry.code === base)?.code;
}

function readStoredLocale(): Locale | undefined {
  try {
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** The language this device asks for: the stored choice, else the browser's first supported language. */
export function deviceLocale(): Locale | undefined {
  const stored = readStoredLocale();
  if (stored) return stored;
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of languages) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return undefined;
}

/** The stored choice, else the browser's first supported language, else English. */
export function initialLocale(): Locale {
  return deviceLocale() ?? DEFAULT_LOCALE;
}

type Messages = Record<string, unknown>;
const loaders = import.meta.glob<Messages>('./locales/*.json', { import: 'default' });

export const i18n = createI18n({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: FALLBACK_CHAIN,
  missingWarn: false,
  fallbackWarn: false,
  messages: {},
});

const loaded = new Set<string>();

/** Messages of a lazily loaded part of the app (e.g. the studio), merged into each locale once it is needed. */
export type MessageBundle = (code: Locale) => Promise<Messages>;
const bundles: MessageBundle[] = [];
const loadedBundles = new Map<MessageBundle, Set<Locale>>();

async function loadBundle(bundle: MessageBundle, code: Locale): Promise<void> {
  const done = loadedBundles.get(bundle) ?? new Set<Locale>();
  loadedBundles.set(bundle, done);
  if (done.has(code)) return;
  i18n.global.mergeLocaleMessage(code, (await bundle(code)) as never);
  done.add(code);
}

async function loadMessages(code: Locale): Promise<void> {
  if (!loaded.has(code)) {
    const load = loaders[`./locales/${code}.json`];
    if (!load) throw new Error(`No messages for locale ${code}`);
    i18n.global.setLocaleMessage(code, (await load()) as never);
    i18n.global.setNumberFormat(code, { integer: { maximumFractionDigits: 0 } });
    loaded.add(code);
  }
  await Promise.all(bundles.map((bundle) => loadBundle(bundle, code)));
}

/**
 * Adds a bundle of messages for the current locale (and, in the background, its fallbacks); later locale switches
 * load it too. Its code and messages stay in the lazy chunk that calls this, out of the initial download.
 */
export async function addMessageBundle(bundle: MessageBundle): Promise<void> {
  if (!bundles.includes(bundle)) bundles.push(bundle);
  const current = i18n.global.locale.value as Locale;
  await loadMessages(current);
  void Promise.all(FALLBACK_CHAIN[current].map(loadMessages)).catch(() => undefined);
}

/**
 * Loads a locale, switches to it and updates `<html lang>`. Its fallbacks load afterwards, in the background:
 * every locale file is complete (checked by tests), so a slow phone need not wait for them.
 */
export async function setLocale(code: Locale, options: { remember?: boolean } = {}): Promise<void> {
  await loadMessages(code);
  void Promise.all(FALLBACK_CHAIN[code].map(loadMessages)).catch(() => undefined);
  i18n.global.locale.value = code;
  document.documentElement.lang = code;
  if (options.remember) {
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, code);
    } catch {
      // Private mode: the choice lasts for this visit only.
    }
  }
}
