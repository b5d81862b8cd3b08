import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { baseCompile } from '@intlify/message-compiler';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, MEASURES } from '../../components/reports/report-options';
import { LOCALES } from '../../i18n';

/** The reports dashboard's lazily loaded messages obey the same rules as the main locale files. */
type Tree = { [key: string]: string | Tree };
const dir = resolve(import.meta.dirname);
const read = (code: string): Tree => JSON.parse(readFileSync(`${dir}/${code}.json`, 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path).forEach((text, nested) => out.set(nested, text));
  }
  return out;
}
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
const english = flatten(read('en'));
const others = LOCALES.map((locale) => locale.code).filter((code) => code !== 'en');

describe('reports locale files', () => {
  it('exist for exactly the languages offered, under one "reports" key', () => {
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual(LOCALES.map((locale) => locale.code).sort());
    for (const code of files) expect(Object.keys(read(code))).toEqual(['reports']);
  });

  it.each(others)('%s has exactly the keys of en.json, translated, with the same placeholders', (code) => {
    const messages = flatten(read(code));
    expect([...messages.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !messages.has(key))).toEqual([]);
    for (const [key, text] of messages) {
      expect(text.trim(), `${code}:${key}`).not.toBe('');
      expect(placeholders(text), `${code}:${key}`).toEqual(placeholders(english.get(key) ?? ''));
    }
    const copied = [...english].filter(([key, text]) => text.length > 25 && messages.get(key) === text);
    expect(copied.map(([key]) => key)).toEqual([]);
  });

  it('name every measure and dimension the dashboard offers', () => {
    const missing = [
      ...MEASURES.map((measure) => `reports.measures.${measure}`),
      ...DIMENSIONS.map((dimension) => `reports.dimensions.${dimension}`),
    ].filter((key) => !english.has(key));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES.map((locale) => locale.code))('%s messages all compile', (code) => {
    for (const [key, text] of flatten(read(code))) {
      const errors: string[] = [];
      baseCompile(text, { jit: true, location: false, onError: (error) => errors.push(error.message) });
      expect(errors, `${code}:${key}`).toEqual([]);
    }
  });
});
