import type { Role } from './role.enum';

/** Who is calling: the signed-in person with their institution-scoped roles. Built once per request. */
export interface Actor {
  userId: string;
  institutionId: string;
  /** Materialised path of the person's unit (/root/…/unit/), or null without a unit. */
  unitPath: string | null;
  roles: ReadonlyArray<{ role: Role; institutionId: string }>;
}

/** The object an operation touches, described by what authorisation needs to know. */
export interface Subject {
  institutionId: string | null;
  unitPath?: string | null;
  /** The person the object belongs to (for a User, the user's own id). */
  ownerId?: string | null;
}
