import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import bs from '../locales/bs.json';
import cnr from '../locales/cnr.json';
import en from '../locales/en.json';
import hr from '../locales/hr.json';
import mk from '../locales/mk.json';
import srCyrl from '../locales/sr-Cyrl.json';
import srLatn from '../locales/sr-Latn.json';
import sq from '../locales/sq.json';
import { ERROR_CODES, PROBLEM_CODES, useErrorMessage, waitMinutes } from './useErrorMessage';
import { ApiError } from './useGraphql';

/** The API's emitted schema (authoritative): the codes and enums come from here, not from the planned contract. */
const schema = parse(readFileSync(resolve(import.meta.dirname, '../../../../schema.graphql'), 'utf8'));

function schemaEnum(name: string): string[] {
  const definition = schema.definitions.find(
    (node): node is EnumTypeDefinitionNode =>
      node.kind === Kind.ENUM_TYPE_DEFINITION && node.name.value === name,
  );
  expect(definition, `enum ${name} in schema.graphql`).toBeDefined();
  return (definition?.values ?? []).map((value) => value.name.value);
}

const LOCALE_MESSAGES = { en, bs, hr, 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl, cnr, mk, sq } as const;
type Code = keyof typeof LOCALE_MESSAGES;
const section = (code: Code, name: 'errors' | 'problems') =>
  LOCALE_MESSAGES[code][name] as Record<string, string>;

function messagesFor(locale: 'en' | 'sq') {
  const i18n = createI18n({ legacy: false, locale, messages: { en, sq } });
  let api!: ReturnType<typeof useErrorMessage>;
  mount(defineComponent({ setup: () => ((api = useErrorMessage()), () => h('div')) }), {
    global: { plugins: [i18n] },
  });
  return api;
}

describe('error messages', () => {
  it('knows every error code of the schema (enum ErrorCode), plus its own NETWORK', () => {
    const codes = schemaEnum('ErrorCode');
    expect(codes).toContain('INVALID_CREDENTIALS');
    expect(codes).toContain('QUERY_TOO_COMPLEX');
    expect([...ERROR_CODES].sort()).toEqual([...codes, 'NETWORK'].sort());
  });

  it('knows every field problem code of the schema (enum ProblemCode)', () => {
    expect([...PROBLEM_CODES].sort()).toEqual(schemaEnum('ProblemCode').sort());
  });

  it.each(Object.keys(LOCALE_MESSAGES) as Code[])(
    '%s translates exactly the error codes of the schema, NETWORK and UNKNOWN',
    (code) => {
      const errors = section(code, 'errors');
      const expected = [...schemaEnum('ErrorCode'), 'NETWORK', 'UNKNOWN'];
      expect(Object.keys(errors).sort()).toEqual(expected.sort());
      for (const key of expected) {
        expect(errors[key]?.trim(), `${code}: errors.${key}`).toBeTruthy();
        if (code !== 'en')
          expect(errors[key], `${code}: errors.${key} is English`).not.toBe(en.errors[key as 'UNKNOWN']);
      }
    },
  );

  it.each(Object.keys(LOCALE_MESSAGES) as Code[])(
    '%s translates exactly the problem codes of the schema (and UNKNOWN)',
    (code) => {
      const problems = section(code, 'problems');
      const expected = [...schemaEnum('ProblemCode'), 'UNKNOWN'];
      expect(
        Object.keys(problems)
          .filter((key) => key !== 'item')
          .sort(),
      ).toEqual(expected.sort());
      for (const key of expected) {
        expect(problems[key]?.trim(), `${code}: problems.${key}`).toBeTruthy();
        if (code !== 'en') {
          expect(problems[key], `${code}: problems.${key} is English`).not.toBe(
            section('en', 'problems')[key],
          );
        }
      }
    },
  );

  it.each(ERROR_CODES)('shows a translated sentence for %s, never the code', (code) => {
    const { errorMessage } = messagesFor('en');
    const message = errorMessage(new ApiError(code));
    expect(message).not.toBe(messagesFor('en').errorMessage(new ApiError('SOMETHING_NEW')));
    expect(message).not.toContain(code);
    expect(message).toBe((en.errors as Record<string, string>)[code]);
  });

  it('shows the message in the reader language', () => {
    expect(messagesFor('sq').errorMessage(new ApiError('INVALID_CREDENTIALS'))).toBe(
      sq.errors.INVALID_CREDENTIALS,
    );
  });

  it('tells how many minutes to wait after too many failed sign-ins, rounded up', () => {
    expect(waitMinutes(1)).toBe(1);
    expect(waitMinutes(60)).toBe(1);
    expect(waitMinutes(61)).toBe(2);
    expect(waitMinutes(900)).toBe(15);
    const { errorMessage } = messagesFor('en');
    expect(errorMessage(new ApiError('RATE_LIMITED', [], { retryAfterSeconds: 841 }))).toBe(
      'Too many failed sign-in attempts. Try again in 15 minutes.',
    );
    expect(errorMessage(new ApiError('RATE_LIMITED', [], { retryAfterSeconds: 20 }))).toBe(
      'Too many failed sign-in attempts. Try again in 1 minute.',
    );
    expect(
      messagesFor('sq').errorMessage(new ApiError('RATE_LIMITED', [], { retryAfterSeconds: 300 })),
    ).toContain('5 minuta');
    // Without a delay (e.g. a proxy's 429), the general sentence.
    expect(errorMessage(new ApiError('RATE_LIMITED'))).toBe(en.errors.RATE_LIMITED);
  });

  it('falls back to a generic message for a code it does not know yet', () => {
    expect(messagesFor('en').errorMessage(new ApiError('SOMETHING_NEW'))).toBe(en.errors.UNKNOWN);
  });

  it('names the field and translates the problem of a bad input', () => {
    const { fieldName, problemMessage } = messagesFor('en');
    expect(fieldName('email')).toBe('Email');
    expect(problemMessage({ field: 'email', code: 'INVALID_EMAIL' })).toBe(en.problems.INVALID_EMAIL);
    expect(problemMessage({ field: 'email', code: 'NEW_CODE' })).toBe('Not valid (code NEW_CODE).');
  });

  it.each([
    ['Role', 'roles'],
    ['Sex', 'sex'],
    ['StaffCategory', 'staffCategory'],
    ['RankGroup', 'rank'],
    ['UserStatus', 'status'],
    ['EmailStatus', 'emailStatus'],
  ])('labels every value of the %s enum', (name, namespace) => {
    const labels = (en as unknown as Record<string, Record<string, string>>)[namespace] ?? {};
    for (const value of schemaEnum(name)) expect(labels[value], `${namespace}.${value}`).toBeTruthy();
  });
});
