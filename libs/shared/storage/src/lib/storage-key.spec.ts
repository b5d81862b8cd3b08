import { contentAddressedKey, isValidStorageKey, storedFileKey } from './storage-key';
import { InvalidStorageKeyError } from './invalid-storage-key.error';

describe('storage keys', () => {
  it('accepts lowercase relative paths of safe characters', () => {
    for (const key of ['a', 'lessons/2024/05/abc', 'certificates/sha256/0f', 'a.b_c-d/e.pdf']) {
      expect(isValidStorageKey(key)).toBe(true);
    }
  });

  it('rejects traversal, absolute paths, empty or hidden segments, unsafe and upper-case characters', () => {
    const bad = [
      '',
      '/a',
      'a/',
      'a//b',
      '..',
      '../a',
      'a/../b',
      './a',
      'a/.',
      '.env',
      'a/.git/config',
      'A',
      'a b',
      'a\\b',
      'a%2fb',
      'ä',
      'a\0b',
      'a?b',
      'x'.repeat(1025),
    ];
    for (const key of bad) expect(isValidStorageKey(key)).toBe(false);
  });

  it('makes unguessable dated keys: 128 random bits, lowercase so they never collide on a case-insensitive disk', () => {
    const key = storedFileKey('lesson-files', new Date('2024-01-31T23:30:00Z'));

    expect(key).toMatch(/^lesson-files\/2024\/01\/[a-z2-7]{26}$/);
    expect(isValidStorageKey(key)).toBe(true);
    const many = new Set(Array.from({ length: 1000 }, () => storedFileKey('x')));
    expect(many.size).toBe(1000);
  });

  it('makes content-addressed keys from the SHA-256 of the bytes', () => {
    expect(contentAddressedKey('certificates', Buffer.from('abc'))).toBe(
      'certificates/sha256/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(contentAddressedKey('c', Buffer.from('abc'))).toBe(contentAddressedKey('c', Buffer.from('abc')));
  });

  it('refuses an unsafe prefix', () => {
    expect(() => storedFileKey('../up')).toThrow(InvalidStorageKeyError);
    expect(() => contentAddressedKey('/abs', Buffer.alloc(0))).toThrow(InvalidStorageKeyError);
  });
});
