import { AuditEvent } from './audit/audit-event.entity';
import { AuthSession } from './auth/auth-session.entity';
import { Invitation } from './invitation/invitation.entity';
import { Country } from './organisation/country.entity';
import { Institution } from './organisation/institution.entity';
import { Unit } from './organisation/unit.entity';
import { RoleAssignment } from './user/role-assignment.entity';
import { User } from './user/user.entity';

/** The identity domain's entities, for the ORM configuration. */
export const IDENTITY_ENTITIES = [
  Country,
  Institution,
  Unit,
  User,
  RoleAssignment,
  AuthSession,
  Invitation,
  AuditEvent,
];
