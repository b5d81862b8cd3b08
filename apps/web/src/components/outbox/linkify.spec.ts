import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
  it('makes an invitation link clickable, fragment and all', () => {
    const body =
      'Hello Ana,\n\nChoose your password: http://localhost:5173/accept-invitation#token=abc_DEF-123\n\nParity';
    const links = linkify(body).filter((part) => part.kind === 'link');
    expect(links).toEqual([
      {
        kind: 'link',
        text: 'http://localhost:5173/accept-invitation#token=abc_DEF-123',
        href: 'http://localhost:5173/accept-invitation#token=abc_DEF-123',
      },
    ]);
  });

  it('keeps all the text, leaving sentence punctuation outside the link', () => {
    const parts = linkify('See https://parity.example/verify/1. Thanks');
    expect(parts.map((part) => part.text).join('')).toBe('See https://parity.example/verify/1. Thanks');
    expect(parts[1]).toMatchObject({ kind: 'link', href: 'https://parity.example/verify/1' });
  });

  it('does not turn other schemes into links', () => {
    expect(linkify('javascript:alert(1) mailto:a').every((part) => part.kind === 'text')).toBe(true);
  });
});
