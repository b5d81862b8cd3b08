import { addMessageBundle, type Locale, type MessageBundle } from '../../i18n';

const loaders = import.meta.glob<Record<string, unknown>>('./*.json', { import: 'default' });

/** The reports dashboard's messages (`reports.*`), one lazy file per locale: only admins who open it load them. */
const reportsBundle: MessageBundle = async (code: Locale) => {
  const load = loaders[`./${code}.json`];
  return load ? await load() : {};
};

export function loadReportsMessages(): Promise<void> {
  return addMessageBundle(reportsBundle);
}
