/**
 * Names and titles are stored as text, not HTML. `<script>` in a course title stays the literal text `<script>`:
 * the API returns it as a plain string and the web app renders it with text interpolation (Vue's `{{ }}`, never
 * `v-html`), which escapes it. Escaping here would double-escape and show `&lt;` to the learner.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Bidirectional overrides and isolates (used to spoof names), zero-width space, byte-order mark, lone surrogates. */
const INVISIBLE = /[\u200b\u202a-\u202e\u2066-\u2069\ufeff]|\p{Cs}/gu;
const WHITESPACE_RUN = /\s+/gu;

/**
 * Cleans one line of user-entered text: Unicode NFC (so `ë` typed two ways is stored one way), whitespace runs
 * (including tabs and line breaks) collapsed to one space, control and invisible spoofing characters removed, trimmed,
 * and cut to `maxLength` code points (never in the middle of a surrogate pair). Letters of every script are kept.
 */
export function sanitizePlainText(text: string, maxLength: number): string {
  if (!Number.isInteger(maxLength) || maxLength < 0) {
    throw new RangeError(`maxLength must be a non-negative integer, got ${maxLength}`);
  }
  const cleaned = text
    .normalize('NFC')
    .replace(WHITESPACE_RUN, ' ')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
  const codePoints = Array.from(cleaned);
  return codePoints.length <= maxLength ? cleaned : codePoints.slice(0, maxLength).join('').trimEnd();
}
