/**
 * Serbian Latin ↔ Cyrillic (the 30-letter alphabets, one letter for one letter, with the digraphs lj, nj, dž).
 *
 * Cyrillic → Latin is exact. Latin → Cyrillic is ambiguous where n+j, l+j or d+ž meet across a prefix or in a
 * loanword ("injekcija" is инјекција, not ињекција; "nadživeti" is надживети). A short list of such stems is handled;
 * anything else becomes the digraph letter. Text filled in this way is therefore stored as machine-transliterated and
 * shown to a trainer for review before publication; it is never treated as a reviewed translation.
 *
 * Characters outside the alphabet (digits, punctuation, other scripts) pass through unchanged; URLs, e-mail addresses
 * and foreign words (those with q, w, x or y, such as "CEDAW") inside Latin text are left alone.
 */

export type SerbianScript = 'sr-Latn' | 'sr-Cyrl';

const LOWER_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['g', 'г'],
  ['d', 'д'],
  ['đ', 'ђ'],
  ['e', 'е'],
  ['ž', 'ж'],
  ['z', 'з'],
  ['i', 'и'],
  ['j', 'ј'],
  ['k', 'к'],
  ['l', 'л'],
  ['lj', 'љ'],
  ['m', 'м'],
  ['n', 'н'],
  ['nj', 'њ'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['ć', 'ћ'],
  ['u', 'у'],
  ['f', 'ф'],
  ['h', 'х'],
  ['c', 'ц'],
  ['č', 'ч'],
  ['dž', 'џ'],
  ['š', 'ш'],
];

const LATIN_TO_CYRILLIC = new Map<string, string>();
const CYRILLIC_TO_LATIN = new Map<string, string>();
for (const [latin, cyrillic] of LOWER_PAIRS) {
  const upperCyrillic = cyrillic.toUpperCase();
  const titleLatin = latin.charAt(0).toUpperCase() + latin.slice(1);
  LATIN_TO_CYRILLIC.set(latin, cyrillic);
  LATIN_TO_CYRILLIC.set(titleLatin, upperCyrillic);
  LATIN_TO_CYRILLIC.set(latin.toUpperCase(), upperCyrillic);
  CYRILLIC_TO_LATIN.set(cyrillic, latin);
  CYRILLIC_TO_LATIN.set(upperCyrillic, titleLatin);
}
// The single-code-point digraph letters (Ǆ ǅ ǆ Ǉ ǈ ǉ Ǌ ǋ ǌ) some keyboards and PDFs produce.
for (const [letters, cyrillic] of [
  ['Ǆǅǆ', 'ЏЏџ'],
  ['Ǉǈǉ', 'ЉЉљ'],
  ['Ǌǋǌ', 'ЊЊњ'],
] as const) {
  for (let i = 0; i < 3; i++) LATIN_TO_CYRILLIC.set(letters.charAt(i), cyrillic.charAt(i));
}

/** Stems where a digraph's two letters are two sounds, with `|` at the split. Matched case-insensitively. */
const SPLIT_STEMS = [
  'in|jek',
  'kon|jug',
  'kon|junk',
  'tan|jug',
  'van|jezi',
  'nad|živ',
  'nad|žnj',
  'pod|žanr',
];

const LATIN_TOKEN = /[dD][žŽ]|[lLnN][jJ]|[\s\S]/gu;
/** URLs, e-mail addresses and foreign words (any word with q, w, x or y: "CEDAW", "Quiz") stay in Latin. */
const PROTECTED =
  /(?:https?:\/\/|www\.)[^\s<>"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\p{L}\p{M}]*[qwxy][\p{L}\p{M}]*/giu;

/** Positions of the first letter of each digraph that must be split (per `SPLIT_STEMS`). */
function splitPositions(text: string): Set<number> {
  const positions = new Set<number>();
  const lower = text.toLowerCase();
  for (const stem of SPLIT_STEMS) {
    const bar = stem.indexOf('|');
    const plain = stem.replace('|', '');
    for (let at = lower.indexOf(plain); at !== -1; at = lower.indexOf(plain, at + 1))
      positions.add(at + bar - 1);
  }
  return positions;
}

function composeLatin(text: string): string {
  // Decomposed č ć š ž (letter + combining mark) become the single letters the tables use.
  return text.replace(/[cszCSZ]\u030c|[cC]\u0301/gu, (pair) => pair.normalize('NFC'));
}

function latinRunToCyrillic(text: string): string {
  const split = splitPositions(text);
  let out = '';
  let index = 0;
  for (const match of text.matchAll(LATIN_TOKEN)) {
    const token = match[0];
    const digraph = token.length === 2 && LATIN_TO_CYRILLIC.get(token);
    if (digraph && !split.has(index)) {
      out += digraph;
    } else {
      for (const char of token) out += LATIN_TO_CYRILLIC.get(char) ?? char;
    }
    index += token.length;
  }
  return out;
}

export function latinToCyrillic(text: string): string {
  const composed = composeLatin(text);
  let out = '';
  let last = 0;
  for (const match of composed.matchAll(PROTECTED)) {
    out += latinRunToCyrillic(composed.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + latinRunToCyrillic(composed.slice(last));
}

const isUpper = (char: string | undefined): boolean =>
  char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
const isLetter = (char: string | undefined): boolean => char !== undefined && /\p{L}/u.test(char);

export function cyrillicToLatin(text: string): string {
  const chars = Array.from(text);
  return chars
    .map((char, i) => {
      const latin = CYRILLIC_TO_LATIN.get(char);
      if (latin === undefined) return char;
      if (latin.length === 1 || !isUpper(char)) return latin;
      // Љ Њ Џ are "Lj Nj Dž" in a capitalised word and "LJ NJ DŽ" in an all-capitals one.
      const next = chars[i + 1];
      const allCaps = isLetter(next) ? isUpper(next) : isUpper(chars[i - 1]);
      return allCaps ? latin.toUpperCase() : latin;
    })
    .join('');
}

export function transliterate(text: string, from: SerbianScript, to: SerbianScript): string {
  if (from === to) return text;
  return to === 'sr-Cyrl' ? latinToCyrillic(text) : cyrillicToLatin(text);
}
