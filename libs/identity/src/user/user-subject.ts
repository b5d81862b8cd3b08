import type { Subject } from '../authz/actor';
import type { User } from './user.entity';

/** A person as an authorisation subject: their institution, unit and themselves. The unit must be loaded. */
export function userSubject(user: User): Subject {
  return { institutionId: user.institution.id, unitPath: user.unit?.path ?? null, ownerId: user.id };
}
