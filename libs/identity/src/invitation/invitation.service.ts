import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { DomainError } from '@parity/shared/errors';
import { EmailOutbox, type EmailMessage } from '@parity/shared/mail';
import { AuditService } from '../audit/audit.service';
import { IdentityErrorCode } from '../identity.errors';
import { PasswordHasher } from '../auth/password-hasher';
import { assertAcceptablePassword } from '../auth/password-policy';
import { hashToken, newSecretToken } from '../auth/secret-token';
import { SessionService } from '../auth/session.service';
import type { SignedIn } from '../auth/auth.service';
import { User } from '../user/user.entity';
import { UserStatus } from '../user/person-attributes.enum';
import { Invitation } from './invitation.entity';
import { renderInvitationEmail } from './invitation-email';

export const INVITATION_VALID_DAYS = 7;

export interface WrittenInvitation {
  invitation: Invitation;
  email: EmailMessage;
}

/** Invitations: a one-time link by e-mail (through the outbox) to choose a password. */
@Injectable()
export class InvitationService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: EmailOutbox,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Writes the invitation and its e-mail into the caller's unit of work (one transaction with the cause).
   * Earlier open invitations of the person stop working. Call `outbox.dispatch` after the commit.
   */
  async write(
    em: EntityManager,
    user: User,
    invitedById: string | null,
    options: { newUser?: boolean } = {},
  ): Promise<WrittenInvitation> {
    if (!options.newUser) {
      await em.nativeUpdate(Invitation, { user: user.id, acceptedAt: null }, { expiresAt: new Date() });
    }
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * 24 * 3600 * 1000);
    const invitation = new Invitation(user, hash, expiresAt, invitedById);
    em.persist(invitation);
    const link = new URL(`/accept-invitation#token=${token}`, this.config.PUBLIC_URL).toString();
    const content = renderInvitationEmail({
      locale: user.locale,
      timeZone: user.timeZone,
      name: user.displayName,
      institution: user.institution.name,
      link,
      expiresAt,
    });
    const email = this.outbox.write(em, {
      kind: 'invitation',
      to: user.email,
      locale: user.locale,
      institutionId: user.institution.id,
      ...content,
    });
    return { invitation, email };
  }

  /** One use only, even under concurrent clicks: the row is claimed with a conditional update. */
  async accept(token: string, password: string): Promise<SignedIn> {
    const invalid = () =>
      new DomainError(IdentityErrorCode.INVITATION_INVALID, 'This invitation link is no longer valid.');
    const invitation = await this.em.findOne(
      Invitation,
      { tokenHash: hashToken(token) },
      { populate: ['user'] },
    );
    if (!invitation || !invitation.isUsable(new Date()) || invitation.user.status === UserStatus.DISABLED) {
      throw invalid();
    }
    const user = invitation.user;
    assertAcceptablePassword(password, user.email);
    const passwordHash = await this.hasher.hash(password);
    return this.em.transactional(async (tx) => {
      const now = new Date();
      const claimed = await tx.nativeUpdate(
        Invitation,
        { id: invitation.id, acceptedAt: null, expiresAt: { $gt: now } },
        { acceptedAt: now },
      );
      if (claimed !== 1) throw invalid();
      user.setPassword(passwordHash);
      user.recordLogin(now);
      const session = this.sessions.issue(tx, user);
      this.audit.record(tx, {
        actorId: user.id,
        action: 'invitation.accepted',
        subjectType: 'User',
        subjectId: user.id,
        institutionId: user.institution.id,
      });
      return { user, session };
    });
  }
}
