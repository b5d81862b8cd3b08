import type { ReminderRuleFieldsFragment, ReminderRuleInput } from '../../graphql/admin.generated';

/** The API's bounds for a rule's offsets (`ReminderRuleInput.offsets`): 1 to 5 values, each 1..365. */
export const MAX_OFFSETS = 5;
export const MIN_OFFSET = 1;
export const MAX_OFFSET = 365;

/** The one kind whose offsets are hours (before a coaching session); every other kind counts days. */
export function offsetUnit(kind: string): 'hours' | 'days' {
  return kind === 'session_upcoming' ? 'hours' : 'days';
}

/** What is wrong with the typed offsets, if anything (`reminderRules.problems.<code>`). */
export type OffsetsProblem = 'REQUIRED' | 'NOT_A_NUMBER' | 'OUT_OF_RANGE' | 'TOO_MANY';

export type ParsedOffsets = { offsets: number[]; problem: null } | { offsets: null; problem: OffsetsProblem };

/** "7, 1" for the editor: largest first, as the API stores them. */
export function formatOffsets(offsets: readonly number[]): string {
  return offsets.join(', ');
}

/**
 * Reads "7, 1" (commas, semicolons or spaces between the numbers) into the API's offsets: whole numbers in range,
 * each once, largest first, at most five.
 */
export function parseOffsets(text: string): ParsedOffsets {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return { offsets: null, problem: 'REQUIRED' };
  if (parts.some((part) => !/^\d+$/.test(part))) return { offsets: null, problem: 'NOT_A_NUMBER' };
  const numbers = parts.map(Number);
  if (numbers.some((value) => value < MIN_OFFSET || value > MAX_OFFSET)) {
    return { offsets: null, problem: 'OUT_OF_RANGE' };
  }
  const offsets = [...new Set(numbers)].sort((a, b) => b - a);
  if (offsets.length > MAX_OFFSETS) return { offsets: null, problem: 'TOO_MANY' };
  return { offsets, problem: null };
}

/** A row being edited: the kind, the offsets as typed, and whether it is on. */
export interface RuleDraft {
  kind: string;
  offsetsText: string;
  enabled: boolean;
}

export function draftOf(rule: Pick<ReminderRuleFieldsFragment, 'kind' | 'offsets' | 'enabled'>): RuleDraft {
  return { kind: rule.kind, offsetsText: formatOffsets(rule.offsets), enabled: rule.enabled };
}

export type BuiltInput =
  | { input: ReminderRuleInput; problem: null }
  | { input: null; problem: OffsetsProblem };

/** The `saveReminderRule` input for an edited row (institution-wide when `courseId` is null), or why it cannot be. */
export function buildRuleInput(institutionId: string, courseId: string | null, draft: RuleDraft): BuiltInput {
  const parsed = parseOffsets(draft.offsetsText);
  if (parsed.problem !== null) return { input: null, problem: parsed.problem };
  return {
    input: { institutionId, courseId, kind: draft.kind, offsets: parsed.offsets, enabled: draft.enabled },
    problem: null,
  };
}

/** Splits the API's list: one institution-wide rule per kind, then the course-specific ones. */
export function splitRules<T extends { courseId: string | null }>(
  rules: readonly T[],
): { institutionWide: T[]; perCourse: T[] } {
  return {
    institutionWide: rules.filter((rule) => rule.courseId === null),
    perCourse: rules.filter((rule) => rule.courseId !== null),
  };
}
