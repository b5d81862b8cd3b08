import { Module } from '@nestjs/common';
import { MailModule } from '@parity/shared/mail';
import { AuditService } from './audit/audit.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { LoginRateLimiter } from './auth/login-rate-limiter';
import { PasswordHasher } from './auth/password-hasher';
import { SessionService } from './auth/session.service';
import { AuthorizationService } from './authz/authorization.service';
import { InvitationFieldsResolver } from './invitation/invitation-fields.resolver';
import { InvitationService } from './invitation/invitation.service';
import { InstitutionFieldsResolver } from './organisation/organisation-fields.resolver';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { OrganisationService } from './organisation/organisation.service';
import { UnitFieldsResolver } from './organisation/unit-fields.resolver';
import { EmailOutboxQueryService } from './outbox/email-outbox-query.service';
import { EmailOutboxResolver } from './outbox/email-outbox.resolver';
import { EmailMessageFieldsResolver } from './outbox/email-message-fields.resolver';
import { PeopleImportResolver } from './people-import/people-import.resolver';
import { PeopleImportService } from './people-import/people-import.service';
import { ProfileResolver } from './user/profile.resolver';
import { ProfileService } from './user/profile.service';
import { RoleAssignmentFieldsResolver } from './user/role-assignment-fields.resolver';
import { RoleService } from './user/role.service';
import { UserFieldsResolver } from './user/user-fields.resolver';
import { UserQueryService } from './user/user-query.service';
import { UserResolver } from './user/user.resolver';
import { UserService } from './user/user.service';

/** People, organisations, sign-in and authorisation. Needs the ORM, ConfigModule and QueueModule from the app. */
@Module({
  imports: [MailModule],
  providers: [
    AuditService,
    AuthorizationService,
    PasswordHasher,
    LoginRateLimiter,
    SessionService,
    AuthService,
    InvitationService,
    OrganisationService,
    UserService,
    UserQueryService,
    RoleService,
    ProfileService,
    PeopleImportService,
    EmailOutboxQueryService,
    AuthResolver,
    ProfileResolver,
    UserResolver,
    UserFieldsResolver,
    RoleAssignmentFieldsResolver,
    InvitationFieldsResolver,
    OrganisationResolver,
    InstitutionFieldsResolver,
    UnitFieldsResolver,
    PeopleImportResolver,
    EmailOutboxResolver,
    EmailMessageFieldsResolver,
  ],
  exports: [AuthorizationService, SessionService, PasswordHasher, AuditService, InvitationService],
})
export class IdentityModule {}
