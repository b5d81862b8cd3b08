import { addMessageBundle, type Locale, type MessageBundle } from '../../i18n';

const loaders = import.meta.glob<Record<string, unknown>>('./*.json', { import: 'default' });

/** The coaching area's messages (`coaching.*`), one lazy file per locale: a learner who never opens it never loads them. */
const coachingBundle: MessageBundle = async (code: Locale) => {
  const load = loaders[`./${code}.json`];
  return load ? await load() : {};
};

export function loadCoachingMessages(): Promise<void> {
  return addMessageBundle(coachingBundle);
}
