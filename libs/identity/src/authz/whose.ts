import { Role } from './role.enum';

/** Whose object, seen from the caller: the caller's own, in their unit (or a sub-unit), their institution, another. */
export type Whose = 'own' | 'unit' | 'institution' | 'other';
export const ALL_WHOSE: readonly Whose[] = ['own', 'unit', 'institution', 'other'];

export interface OperationRule {
  description: string;
  /** GraphQL root fields guarded by this operation (each root field has exactly one row). */
  rootFields: readonly string[];
  /** For each role, whose objects it may act on. A role that is absent may do nothing. */
  allow: Partial<Record<Role, readonly Whose[]>>;
  /**
   * Coaching objects are decided by the caller's relation to the object, whatever their roles: e.g. a private
   * note by its author alone. A row with `relations` is checked with `AuthorizationService.assertRelated`.
   */
  relations?: readonly Relation[];
}

/** The caller's relation to a coaching object (an engagement, its sessions and notes, or a programme). */
export type Relation =
  | 'author'
  | 'coach'
  | 'coachee'
  | 'manager'
  | 'institution_admin'
  | 'platform_admin'
  | 'stranger';
export const ALL_RELATIONS: readonly Relation[] = [
  'author',
  'coach',
  'coachee',
  'manager',
  'institution_admin',
  'platform_admin',
  'stranger',
];

/** The same "whose" for every role (what anyone signed in may do, e.g. on their own records). */
export function everyRole(whose: readonly Whose[]): Record<Role, readonly Whose[]> {
  return Object.fromEntries(Object.values(Role).map((role) => [role, whose])) as Record<
    Role,
    readonly Whose[]
  >;
}
