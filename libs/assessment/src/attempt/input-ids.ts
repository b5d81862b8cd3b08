import { isUuid } from '@parity/shared/database';
import { badInput } from '@parity/shared/errors';

/** Ids from clients are checked before they reach a uuid column (a malformed one is bad input, not a crash). */
export function assertUuids(ids: Record<string, string>): void {
  const problems = Object.entries(ids)
    .filter(([, value]) => !isUuid(value))
    .map(([field]) => ({ field, code: 'INVALID' as const }));
  if (problems.length) throw badInput(problems);
}
