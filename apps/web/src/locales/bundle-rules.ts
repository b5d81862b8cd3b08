import { readdirSync, readFileSync } from 'node:fs';
import { baseCompile } from '@intlify/message-compiler';
import { expect, it } from 'vitest';
import { LOCALES } from '../i18n';

/** A locale file's messages: nested objects of strings. */
export type MessageTree = { [key: string]: string | MessageTree };

export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flattenMessages(value, path).forEach((text, nested) => out.set(nested, text));
  }
  return out;
}

/** The `{name}` placeholders of a message, sorted. */
export const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

/**
 * The rules every lazily loaded message bundle (a folder of `<locale>.json` under one top-level key) obeys, as the
 * main locale files do: one file per offered language, the same keys as English, translated (long texts not copied),
 * the same placeholders, and messages that compile. Call inside a `describe`; returns the English messages.
 */
export function itObeysTheLocaleRules(dir: string, rootKey: string): Map<string, string> {
  const read = (code: string): MessageTree =>
    JSON.parse(readFileSync(`${dir}/${code}.json`, 'utf8')) as MessageTree;
  const english = flattenMessages(read('en'));
  const others = LOCALES.map((locale) => locale.code).filter((code) => code !== 'en');

  it(`exist for exactly the languages offered, under one "${rootKey}" key`, () => {
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual(LOCALES.map((locale) => locale.code).sort());
    for (const code of files) expect(Object.keys(read(code))).toEqual([rootKey]);
  });

  it.each(others)('%s has exactly the keys of en.json, translated, with the same placeholders', (code) => {
    const messages = flattenMessages(read(code));
    expect([...messages.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !messages.has(key))).toEqual([]);
    for (const [key, text] of messages) {
      expect(text.trim(), `${code}:${key}`).not.toBe('');
      expect(placeholders(text), `${code}:${key}`).toEqual(placeholders(english.get(key) ?? ''));
    }
    const copied = [...english].filter(([key, text]) => text.length > 25 && messages.get(key) === text);
    expect(copied.map(([key]) => key)).toEqual([]);
  });

  it.each(LOCALES.map((locale) => locale.code))('%s messages all compile', (code) => {
    for (const [key, text] of flattenMessages(read(code))) {
      const errors: string[] = [];
      baseCompile(text, { jit: true, location: false, onError: (error) => errors.push(error.message) });
      expect(errors, `${code}:${key}`).toEqual([]);
    }
  });
  return english;
}
