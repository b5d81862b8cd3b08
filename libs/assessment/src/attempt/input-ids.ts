import { badInput } from '@parity/shared/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from clients are checked before they reach a uuid column (a malformed one is bad input, not a crash). */
export function assertUuids(ids: Record<string, string>): void {
  const problems = Object.entries(ids)
    .filter(([, value]) => !UUID.test(value))
    .map(([field]) => ({ field, code: 'INVALID' as const }));
  if (problems.length) throw badInput(problems);
}
