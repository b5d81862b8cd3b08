/** Letters that do not decompose into a base letter and a combining mark (đ is its own letter in Unicode). */
const STROKED: Record<string, string> = { đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ħ: 'h', Ħ: 'H' };

/**
 * A short answer as compared: NFC, trimmed, inner whitespace collapsed; lower case unless the question is
 * case-sensitive; without diacritics (NFD, combining marks stripped, đ → d) unless it is diacritic-sensitive.
 */
export function normalizeAnswer(
  text: string,
  options: { caseSensitive: boolean; diacriticSensitive: boolean },
): string {
  let value = text.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (!options.diacriticSensitive) {
    value = value
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐłŁħĦ]/gu, (letter) => STROKED[letter] ?? letter)
      .normalize('NFC');
  }
  if (!options.caseSensitive) value = value.toLowerCase();
  return value;
}
