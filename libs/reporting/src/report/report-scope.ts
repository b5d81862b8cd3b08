import type { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, type Actor } from '@parity/identity';
import { forbidden, notFound } from '@parity/shared/errors';

export type ReportOperation = 'report.run' | 'report.export';

/**
 * The institutions a report may count: all of them (null) for platform admins, otherwise the caller's own; a filter
 * naming another institution, or a unit of another institution, is FORBIDDEN (never silently emptied).
 */
export async function reportInstitutions(
  authz: AuthorizationService,
  em: EntityManager,
  actor: Actor,
  operation: ReportOperation,
  filter: { institutionIds: readonly string[]; unitIds: readonly string[]; unitParentId: string | null },
): Promise<string[] | null> {
  const scope = authz.listScope(actor, operation);
  if (!scope.all && scope.institutionIds.length === 0) throw forbidden();
  const allowed = scope.all ? null : new Set(scope.institutionIds);
  if (allowed && filter.institutionIds.some((id) => !allowed.has(id))) throw forbidden();
  const unitIds = [...filter.unitIds, ...(filter.unitParentId ? [filter.unitParentId] : [])];
  if (unitIds.length > 0) {
    const units = await em.execute<{ id: string; institution_id: string }[]>(
      `select id, institution_id from unit where id = any(?::uuid[])`,
      [`{${unitIds.join(',')}}`],
    );
    if (units.length !== new Set(unitIds).size) throw notFound('Unit');
    if (allowed && units.some((unit) => !allowed.has(unit.institution_id))) throw forbidden();
  }
  if (filter.institutionIds.length > 0) return [...filter.institutionIds];
  return allowed ? [...allowed] : null;
}
