import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { baseCompile } from '@intlify/message-compiler';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n';
import { flattenMessages, placeholders, type MessageTree } from './bundle-rules';

const dir = resolve(import.meta.dirname);
const read = (code: string): MessageTree =>
  JSON.parse(readFileSync(`${dir}/${code}.json`, 'utf8')) as MessageTree;

const english = flattenMessages(read('en'));
const others = LOCALES.map((locale) => locale.code).filter((code) => code !== 'en');

describe('locale files', () => {
  it('exist for exactly the languages offered in the switcher', () => {
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual(LOCALES.map((locale) => locale.code).sort());
  });

  it.each(others)('%s has exactly the keys of en.json, none empty, with the same placeholders', (code) => {
    const messages = flattenMessages(read(code));
    expect(
      [...messages.keys()].filter((key) => !english.has(key)),
      'extra keys',
    ).toEqual([]);
    expect(
      [...english.keys()].filter((key) => !messages.has(key)),
      'missing keys',
    ).toEqual([]);
    for (const [key, text] of messages) {
      expect(text.trim(), `${code}:${key} is empty`).not.toBe('');
      expect(placeholders(text), `${code}:${key} placeholders`).toEqual(placeholders(english.get(key) ?? ''));
    }
  });

  it.each(others)('%s is a translation, not a copy of English', (code) => {
    const messages = flattenMessages(read(code));
    // Short labels may coincide (e.g. "Status", "Problem"), but whole sentences must not.
    const copied = [...english].filter(([key, text]) => text.length > 25 && messages.get(key) === text);
    expect(copied.map(([key]) => key)).toEqual([]);
  });

  it.each(LOCALES.map((locale) => locale.code))(
    '%s messages all compile (no stray @, | or braces)',
    (code) => {
      for (const [key, text] of flattenMessages(read(code))) {
        const errors: string[] = [];
        baseCompile(text, { jit: true, location: false, onError: (error) => errors.push(error.message) });
        expect(errors, `${code}:${key}`).toEqual([]);
      }
    },
  );
});
