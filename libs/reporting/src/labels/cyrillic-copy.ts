import { transliterate } from '@parity/curriculum';

type Copy = { readonly [key: string]: string | Copy };

/** Serbian copy in Cyrillic, derived from the Latin: every text of `latin`, nested records included. */
export function cyrillicCopy<T extends object>(latin: T): T {
  const convert = (copy: Copy): Copy =>
    Object.fromEntries(
      Object.entries(copy).map(([key, value]) => [
        key,
        typeof value === 'string' ? transliterate(value, 'sr-Latn', 'sr-Cyrl') : convert(value),
      ]),
    );
  return convert(latin as unknown as Copy) as unknown as T;
}
