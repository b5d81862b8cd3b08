import { describe, expect, it } from 'vitest';
import {
  buildRuleInput,
  draftOf,
  formatOffsets,
  offsetUnit,
  parseOffsets,
  splitRules,
} from './reminder-rules';

describe('reminder rule offsets', () => {
  it('reads a comma-separated list into distinct whole numbers, largest first', () => {
    expect(parseOffsets('1, 7')).toEqual({ offsets: [7, 1], problem: null });
    expect(parseOffsets(' 14 ;3  30,3 ')).toEqual({ offsets: [30, 14, 3], problem: null });
  });

  it('names what is wrong instead of guessing', () => {
    expect(parseOffsets('  , ').problem).toBe('REQUIRED');
    expect(parseOffsets('7, one').problem).toBe('NOT_A_NUMBER');
    expect(parseOffsets('1.5').problem).toBe('NOT_A_NUMBER');
    expect(parseOffsets('-3').problem).toBe('NOT_A_NUMBER');
    expect(parseOffsets('0, 7').problem).toBe('OUT_OF_RANGE');
    expect(parseOffsets('366').problem).toBe('OUT_OF_RANGE');
    expect(parseOffsets('1, 2, 3, 4, 5, 6').problem).toBe('TOO_MANY');
    // Repeats count once, so five distinct values with a repeat still fit.
    expect(parseOffsets('5, 4, 3, 2, 1, 1').offsets).toEqual([5, 4, 3, 2, 1]);
  });

  it('shows saved offsets the way it reads them back', () => {
    expect(formatOffsets([7, 1])).toBe('7, 1');
    expect(parseOffsets(formatOffsets([30, 14, 3])).offsets).toEqual([30, 14, 3]);
  });

  it('counts hours only for the coaching session reminder', () => {
    expect(offsetUnit('session_upcoming')).toBe('hours');
    expect(offsetUnit('due_soon')).toBe('days');
    expect(offsetUnit('escalation_digest')).toBe('days');
  });
});

describe('the rules table', () => {
  const rule = { kind: 'due_soon', courseId: null, offsets: [7, 1], enabled: true, isDefault: true };

  it('builds the institution-wide input from the edited days and the checkbox', () => {
    const draft = { ...draftOf(rule), offsetsText: '3, 14', enabled: false };
    expect(buildRuleInput('inst-1', null, draft)).toEqual({
      input: { institutionId: 'inst-1', courseId: null, kind: 'due_soon', offsets: [14, 3], enabled: false },
      problem: null,
    });
  });

  it('builds a course rule with the course id', () => {
    const built = buildRuleInput('inst-1', 'course-9', {
      kind: 'inactive',
      offsetsText: '21',
      enabled: true,
    });
    expect(built.input).toEqual({
      institutionId: 'inst-1',
      courseId: 'course-9',
      kind: 'inactive',
      offsets: [21],
      enabled: true,
    });
  });

  it('builds nothing from days it cannot read', () => {
    expect(buildRuleInput('inst-1', null, { ...draftOf(rule), offsetsText: '' })).toEqual({
      input: null,
      problem: 'REQUIRED',
    });
  });

  it('separates the institution-wide rules from the course ones', () => {
    const course = { ...rule, courseId: 'c-1', isDefault: false };
    expect(splitRules([rule, course])).toEqual({ institutionWide: [rule], perCourse: [course] });
  });
});
