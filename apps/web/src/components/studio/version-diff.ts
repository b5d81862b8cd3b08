import { richTextToPlain } from './rich-text';

/** The parts of a version the diff compares (a subset of the generated fragment types). */
export interface DiffTranslation {
  locale: string;
  text: string;
}
export interface DiffLesson {
  title: DiffTranslation[];
  body: DiffTranslation[];
}
export interface DiffModule {
  title: DiffTranslation[];
  lessons: DiffLesson[];
}
export interface DiffVersion {
  title: DiffTranslation[];
  modules: DiffModule[];
}

/** Where a text sits: the course, a module (1-based) or a lesson of a module; its field and language. */
export interface DiffPlace {
  module?: number;
  lesson?: number;
  field: 'title' | 'body';
  locale: string;
}

export interface DiffLine {
  kind: 'added' | 'removed' | 'changed';
  place: DiffPlace;
  /** A readable name of the module or lesson (its title in the newer version when it has one). */
  name: string;
  before?: string;
  after?: string;
}

interface Entry {
  place: DiffPlace;
  name: string;
  text: string;
}

const firstText = (texts: DiffTranslation[]): string => texts.find((entry) => entry.text.trim())?.text ?? '';

function entries(version: DiffVersion): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const add = (place: DiffPlace, name: string, text: string): void => {
    if (!text.trim()) return;
    const key = [place.module ?? '', place.lesson ?? '', place.field, place.locale].join('|');
    out.set(key, { place, name, text });
  };
  for (const { locale, text } of version.title) add({ field: 'title', locale }, '', text);
  version.modules.forEach((module, m) => {
    const moduleName = firstText(module.title);
    for (const { locale, text } of module.title)
      add({ module: m + 1, field: 'title', locale }, moduleName, text);
    module.lessons.forEach((lesson, l) => {
      const name = firstText(lesson.title);
      const place = { module: m + 1, lesson: l + 1 };
      for (const { locale, text } of lesson.title) add({ ...place, field: 'title', locale }, name, text);
      for (const { locale, text } of lesson.body)
        add({ ...place, field: 'body', locale }, name, richTextToPlain(text));
    });
  });
  return out;
}

/**
 * What changed from `before` to `after`: every course, module and lesson text per language, matched by its place
 * in the outline (module n, lesson m). Bodies are compared as their visible text, so markup-only edits that do
 * not change what a learner reads are not reported. Lines come in outline order.
 */
export function diffVersions(before: DiffVersion, after: DiffVersion): DiffLine[] {
  const old = entries(before);
  const next = entries(after);
  const lines: DiffLine[] = [];
  for (const [key, entry] of next) {
    const previous = old.get(key);
    if (!previous) lines.push({ kind: 'added', place: entry.place, name: entry.name, after: entry.text });
    else if (previous.text !== entry.text)
      lines.push({
        kind: 'changed',
        place: entry.place,
        name: entry.name,
        before: previous.text,
        after: entry.text,
      });
  }
  for (const [key, entry] of old) {
    if (!next.has(key))
      lines.push({ kind: 'removed', place: entry.place, name: entry.name, before: entry.text });
  }
  const order = (place: DiffPlace): number[] => [
    place.module ?? 0,
    place.lesson ?? 0,
    place.field === 'title' ? 0 : 1,
  ];
  return lines.sort((a, b) => {
    const [x, y] = [order(a.place), order(b.place)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
    return a.place.locale.localeCompare(b.place.locale);
  });
}
