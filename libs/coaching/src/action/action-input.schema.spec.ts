import { randomUUID } from 'node:crypto';
import { DomainError, parseInput } from '@parity/shared/errors';
import { actionItemSchema, updateActionItemSchema } from './action-input.schema';

const item = (dueOn: string | null) => ({
  engagementId: randomUUID(),
  kind: 'action',
  title: 'Bring the figures by sex of the last rotation',
  ownerId: randomUUID(),
  dueOn,
});

function problemsOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, problems: error.details.problems };
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('action item input', () => {
  it.each(['1900-01-01', '2027-02-28', '2028-02-29', '9999-12-31'])('takes the due date %s', (dueOn) => {
    expect(parseInput(actionItemSchema, item(dueOn)).dueOn).toBe(dueOn);
  });

  it.each(['0000-01-01', '0001-01-01', '1899-12-31', '2027-02-29', '2027-13-01', '10000-01-01', '27-01-01'])(
    'refuses the due date %s as a field problem (never reaching Postgres)',
    (dueOn) => {
      const expected = { code: 'BAD_USER_INPUT', problems: [{ field: 'dueOn', code: 'INVALID' }] };
      expect(problemsOf(() => parseInput(actionItemSchema, item(dueOn)))).toEqual(expected);
      expect(problemsOf(() => parseInput(updateActionItemSchema, { id: randomUUID(), dueOn }))).toEqual(
        expected,
      );
    },
  );

  it('lets an update clear the due date', () => {
    expect(parseInput(updateActionItemSchema, { id: randomUUID(), dueOn: null }).dueOn).toBeNull();
  });
});
