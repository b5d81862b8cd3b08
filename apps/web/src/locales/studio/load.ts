import { addMessageBundle, type Locale, type MessageBundle } from '../../i18n';

const loaders = import.meta.glob<Record<string, unknown>>('./*.json', { import: 'default' });

/** The studio's messages (`studio.*`), one lazy file per locale. */
const studioBundle: MessageBundle = async (code: Locale) => {
  const load = loaders[`./${code}.json`];
  return load ? await load() : {};
};

export function loadStudioMessages(): Promise<void> {
  return addMessageBundle(studioBundle);
}
