import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@parity/shared/errors';
import { CurriculumErrorCode } from '../curriculum.errors';

export const editConflict = (currentRev: number): DomainError =>
  new DomainError(
    CurriculumErrorCode.EDIT_CONFLICT,
    'Someone saved a newer version of this in the meantime.',
    {
      currentRev,
    },
  );

/**
 * Saves `changes` only if the row is still at `expectedRev` (one conditional UPDATE), then bumps the revision.
 * Of two concurrent saves from the same revision exactly one wins; the other gets EDIT_CONFLICT with the current one.
 */
export async function saveRevision<T extends { id: string; rev: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  row: T,
  expectedRev: number,
  changes: Partial<T>,
): Promise<T> {
  const updated = await em.nativeUpdate(
    entity,
    { id: row.id, rev: expectedRev } as never,
    {
      ...changes,
      rev: expectedRev + 1,
    } as never,
  );
  if (updated !== 1) {
    const current = await em.findOne(entity, { id: row.id } as never, { refresh: true });
    throw editConflict(current?.rev ?? row.rev);
  }
  await em.refresh(row);
  return row;
}
