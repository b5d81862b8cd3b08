import { Injectable } from '@nestjs/common';
import { forbidden, unauthenticated } from '@parity/shared/errors';
import type { Actor, Subject } from './actor';
import {
  AUTHORIZATION_MATRIX,
  type Operation,
  type OperationRule,
  type Relation,
  type Whose,
} from './authorization-matrix';
import type { Role } from './role.enum';

/** Which objects of an operation a caller may see in a list: the WHERE clause, derived from the matrix. */
export interface ListScope {
  all: boolean;
  institutionIds: string[];
  unitPaths: string[];
  ownerId: string | null;
}

/** The one authorisation mechanism: every service checks every object here, against the matrix. */
@Injectable()
export class AuthorizationService {
  requireActor(actor: Actor | null): Actor {
    if (!actor) throw unauthenticated();
    return actor;
  }

  /** Whose object this is, for a role the actor holds in `roleInstitutionId`. */
  static whose(actor: Actor, roleInstitutionId: string, subject: Subject): Whose {
    if (subject.ownerId && subject.ownerId === actor.userId) return 'own';
    if (subject.institutionId !== roleInstitutionId) return 'other';
    if (
      actor.unitPath &&
      actor.institutionId === roleInstitutionId &&
      subject.unitPath?.startsWith(actor.unitPath)
    ) {
      return 'unit';
    }
    return 'institution';
  }

  can(actor: Actor, operation: Operation, subject: Subject): boolean {
    const rule: OperationRule = AUTHORIZATION_MATRIX.operations[operation];
    return actor.roles.some(({ role, institutionId }) =>
      (rule.allow[role] ?? []).includes(AuthorizationService.whose(actor, institutionId, subject)),
    );
  }

  assert(actor: Actor | null, operation: Operation, subject: Subject): Actor {
    const caller = this.requireActor(actor);
    if (!this.can(caller, operation, subject)) throw forbidden();
    return caller;
  }

  /** Under which relations ("whose") the caller may do the operation on the subject (empty: not at all). */
  allowedAs(actor: Actor, operation: Operation, subject: Subject): Whose[] {
    const rule: OperationRule = AUTHORIZATION_MATRIX.operations[operation];
    return actor.roles
      .map(({ role, institutionId }) => ({
        role,
        whose: AuthorizationService.whose(actor, institutionId, subject),
      }))
      .filter(({ role, whose }) => (rule.allow[role] ?? []).includes(whose))
      .map(({ whose }) => whose);
  }

  /** True when one of the caller's relations to the object lets them do a relation-decided (coaching) operation. */
  static related(operation: Operation, relations: ReadonlySet<Relation>): boolean {
    const rule: OperationRule = AUTHORIZATION_MATRIX.operations[operation];
    return (rule.relations ?? []).some((relation) => relations.has(relation));
  }

  /** Refuses unless one of the caller's relations to the object is allowed by the operation's row. */
  assertRelated(actor: Actor | null, operation: Operation, relations: ReadonlySet<Relation>): Actor {
    const caller = this.requireActor(actor);
    if (!AuthorizationService.related(operation, relations)) throw forbidden();
    return caller;
  }

  hasRole(actor: Actor, role: Role): boolean {
    return actor.roles.some((assignment) => assignment.role === role);
  }

  listScope(actor: Actor, operation: Operation): ListScope {
    const rule: OperationRule = AUTHORIZATION_MATRIX.operations[operation];
    const scope: ListScope = { all: false, institutionIds: [], unitPaths: [], ownerId: null };
    for (const { role, institutionId } of actor.roles) {
      const allowed = rule.allow[role] ?? [];
      if (allowed.includes('other')) scope.all = true;
      if (allowed.includes('institution')) scope.institutionIds.push(institutionId);
      if (allowed.includes('unit') && actor.unitPath && institutionId === actor.institutionId) {
        scope.unitPaths.push(actor.unitPath);
      }
      if (allowed.includes('own')) scope.ownerId = actor.userId;
    }
    return scope;
  }

  /** True when the scope lets the caller see anything at all of this operation. */
  static isEmpty(scope: ListScope): boolean {
    return (
      !scope.all &&
      scope.institutionIds.length === 0 &&
      scope.unitPaths.length === 0 &&
      scope.ownerId === null
    );
  }
}
