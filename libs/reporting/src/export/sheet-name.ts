/**
 * A worksheet name Excel accepts: at most 31 characters, none of `[ ] : * ? / \`, not starting or ending with an
 * apostrophe, never empty (`fallback`).
 */
export function sheetName(text: string, fallback = 'Report'): string {
  const cleaned = text
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = [...cleaned].slice(0, 31).join('').trim();
  const bare = cut.replace(/^'+|'+$/g, '').trim();
  return bare.length > 0 ? bare : fallback;
}
