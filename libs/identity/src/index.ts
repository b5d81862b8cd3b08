export { IdentityModule } from './identity.module';
export { IDENTITY_ENTITIES } from './identity.entities';
export { IdentityErrorCode } from './identity.errors';
export { Role, ALL_ROLES } from './authz/role.enum';
export type { Actor, Subject } from './authz/actor';
export {
  AUTHORIZATION_MATRIX,
  ALL_WHOSE,
  ALL_RELATIONS,
  type Relation,
  type Whose,
  type Operation,
  type OperationRule,
} from './authz/authorization-matrix';
export { AuthorizationService, type ListScope } from './authz/authorization.service';
export type { GqlContext, SessionCookie } from './graphql/gql-context';
export { PageInfo } from './graphql/page-info.type';
export { loadById, loadManyBy } from './graphql/load-by-id';
export { SessionService } from './auth/session.service';
export { PasswordHasher } from './auth/password-hasher';
export { AuditService } from './audit/audit.service';
export { AuditEvent } from './audit/audit-event.entity';
export { InvitationService } from './invitation/invitation.service';
export { Invitation } from './invitation/invitation.entity';
export { SUPPORTED_LOCALES } from './invitation/invitation-email';
export { Country } from './organisation/country.entity';
export { Institution } from './organisation/institution.entity';
export { Unit } from './organisation/unit.entity';
export { User, type NewUser } from './user/user.entity';
export { RoleAssignment } from './user/role-assignment.entity';
export { Sex, StaffCategory, RankGroup, UserStatus } from './user/person-attributes.enum';
export { AuthSession } from './auth/auth-session.entity';
export { parsePeopleCsv, PEOPLE_CSV_COLUMNS } from './people-import/people-csv.parser';
export { PASSWORD_MIN_LENGTH } from './auth/password-policy';
export { UserType } from './user/dto/user.type';
export { UserConnectionType } from './user/dto/user-connection.type';
export { InstitutionType } from './organisation/dto/institution.type';
