import { parse } from 'graphql';
import { isWellFormedText } from '@parity/shared/errors';
import { findUnstorableText } from './storable-text.plugin';

describe('ill-formed text (lone surrogates) is found before it reaches the database', () => {
  it('accepts ordinary text in every script, emoji included', () => {
    expect(isWellFormedText('Ђорђе Đorđe Shqipëri Македонија 😀')).toBe(true);
    expect(findUnstorableText({ input: { name: 'Kohorta 1', ids: ['a', 'b'] } })).toBeNull();
  });

  it('finds a lone surrogate in variables, with the path to it; NUL is left to the services', () => {
    expect(findUnstorableText({ input: { name: 'a\udc00b' } })).toBe('input.name');
    expect(findUnstorableText({ input: { ids: ['ok', '\ud800'] } })).toBe('input.ids.1');
    expect(findUnstorableText({ input: { name: 'a\0b' } })).toBeNull();
  });

  it('leaves literals to the GraphQL parser, which refuses a lone surrogate escape itself', () => {
    expect(() => parse(`{ catalogue(search: "a\\uD800b") { totalCount } }`)).toThrow(
      /Invalid Unicode escape/,
    );
  });
});
