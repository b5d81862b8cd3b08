const ELLIPSIS = '…';

/** Below this many kept characters a shortened field says nothing; cut the whole text instead. */
const MIN_KEPT = 8;

/** Length in code points, so a Cyrillic or emoji character counts once, as a reader counts it. */
function lengthOf(text: string): number {
  return Array.from(text).length;
}

function cut(text: string, max: number): string {
  return Array.from(text)
    .slice(0, max - 1)
    .join('')
    .trimEnd()
    .concat(ELLIPSIS);
}

/**
 * Renders `render(value)` within `max` characters. In-app texts have hard limits, but the date, count and verb are
 * what a reader needs, so the free-text field (a course title) is shortened first and the sentence kept whole.
 */
export function fitToLength(max: number, value: string, render: (value: string) => string): string {
  const full = render(value);
  const excess = lengthOf(full) - max;
  if (excess <= 0) {
    return full;
  }
  const kept = lengthOf(value) - excess - ELLIPSIS.length;
  if (kept >= MIN_KEPT) {
    const shortened = render(cut(value, kept + 1));
    if (lengthOf(shortened) <= max) {
      return shortened;
    }
  }
  return cut(full, max);
}
