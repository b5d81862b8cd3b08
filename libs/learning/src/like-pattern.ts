/** Escapes LIKE wildcards in a text typed by a person. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** A search text as an ILIKE pattern matching anywhere (at most 100 characters). */
export function likePattern(search: string): string {
  return `%${escapeLike(search.slice(0, 100))}%`;
}
