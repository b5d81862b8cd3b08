import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@parity/shared/errors';
import { AuditService } from '../audit/audit.service';
import { IdentityErrorCode } from '../identity.errors';
import { User } from '../user/user.entity';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { assertAcceptablePassword } from './password-policy';
import { SessionService, type IssuedSession } from './session.service';

export interface SignedIn {
  user: User;
  session: IssuedSession;
}

const invalidCredentials = (): DomainError =>
  new DomainError(IdentityErrorCode.INVALID_CREDENTIALS, 'The e-mail or password is not correct.');

/** Sign-in, sign-out and password changes. */
@Injectable()
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginRateLimiter,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Unknown e-mail, wrong password, invited-but-not-activated and disabled accounts all answer the same
   * INVALID_CREDENTIALS, after the same argon2 work. The previous session (if any) is revoked: a new token each login.
   */
  async login(
    emailInput: string,
    password: string,
    ip: string,
    previousToken: string | null,
  ): Promise<SignedIn> {
    const email = User.normaliseEmail(emailInput);
    await this.limiter.assertAllowed(email, ip);
    const user = await this.em.findOne(User, { email }, { populate: ['passwordHash'] });
    const ok =
      user?.passwordHash && user.canSignIn
        ? await this.hasher.verify(user.passwordHash, password)
        : await this.hasher.verifyAgainstNothing(password);
    if (!user || !ok) {
      await this.limiter.recordFailure(email, ip);
      throw invalidCredentials();
    }
    await this.limiter.recordSuccess(email, ip);
    await this.sessions.revoke(previousToken);
    user.recordLogin(new Date());
    const session = this.sessions.issue(this.em, user);
    this.audit.record(this.em, {
      actorId: user.id,
      action: 'auth.login',
      subjectType: 'User',
      subjectId: user.id,
      institutionId: user.institution.id,
    });
    await this.em.flush();
    return { user, session };
  }

  async logout(token: string | null): Promise<void> {
    await this.sessions.revoke(token);
  }

  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.em.findOneOrFail(User, userId, { populate: ['passwordHash'] });
    if (!user.passwordHash || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw invalidCredentials();
    }
    assertAcceptablePassword(newPassword, user.email);
    user.setPassword(await this.hasher.hash(newPassword));
    this.audit.record(this.em, {
      actorId: user.id,
      action: 'auth.password-changed',
      subjectType: 'User',
      subjectId: user.id,
      institutionId: user.institution.id,
    });
    await this.em.flush();
  }
}
