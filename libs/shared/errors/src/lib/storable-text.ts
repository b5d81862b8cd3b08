const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Well-formed UTF-16: no lone surrogate (such text has no UTF-8 form, so no database or file can hold it). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * Text PostgreSQL can store as it is: well-formed and without NUL. Inputs that go to SQL unsanitised (searches,
 * names, answers) refine with this; rich text and titles go through the sanitisers, which drop NUL themselves.
 */
export function isStorableText(text: string): boolean {
  return !text.includes('\0') && isWellFormedText(text);
}
