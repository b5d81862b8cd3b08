import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { DomainError, forbidden, notFound, parseInput, badInput } from '@parity/shared/errors';
import { EmailOutbox, type EmailMessage } from '@parity/shared/mail';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../authz/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { Role } from '../authz/role.enum';
import { IdentityErrorCode } from '../identity.errors';
import { InvitationService } from '../invitation/invitation.service';
import type { Invitation } from '../invitation/invitation.entity';
import { Institution } from '../organisation/institution.entity';
import { Unit } from '../organisation/unit.entity';
import { AuthSession } from '../auth/auth-session.entity';
import { UserStatus } from './person-attributes.enum';
import { RoleAssignment } from './role-assignment.entity';
import {
  createUserSchema,
  updateUserSchema,
  type CreateUserData,
  type UpdateUserData,
} from './user-input.schema';
import { userSubject } from './user-subject';
import { User } from './user.entity';

export const emailTaken = (): DomainError =>
  new DomainError(IdentityErrorCode.EMAIL_TAKEN, 'Someone already has this e-mail address.', {
    problems: [{ field: 'email', code: 'EMAIL_TAKEN' }],
  });

/** Admins create and change people; every change is authorised per object and audited. */
@Injectable()
export class UserService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly invitations: InvitationService,
    private readonly outbox: EmailOutbox,
    private readonly audit: AuditService,
  ) {}

  async findUnit(institutionId: string, unitId: string | null | undefined): Promise<Unit | null> {
    if (!unitId) return null;
    const unit = await this.em.findOne(Unit, { id: unitId, institution: institutionId });
    if (!unit) throw badInput([{ field: 'unitId', code: 'UNKNOWN_UNIT' }]);
    return unit;
  }

  async create(actorOrNull: Actor | null, raw: CreateUserData): Promise<User> {
    const input = parseInput(createUserSchema, raw);
    const institution = await this.em.findOne(Institution, input.institutionId);
    if (!institution) throw notFound('Institution');
    const unit = await this.findUnit(institution.id, input.unitId);
    const actor = this.authz.assert(actorOrNull, 'user.create', {
      institutionId: institution.id,
      unitPath: unit?.path ?? null,
    });
    const roles = [...new Set(input.roles?.length ? input.roles : [Role.LEARNER])];
    if (roles.includes(Role.PLATFORM_ADMIN) && !this.authz.hasRole(actor, Role.PLATFORM_ADMIN))
      throw forbidden();
    if (await this.em.count(User, { email: input.email })) throw emailTaken();

    let email: EmailMessage | null = null;
    const user = await this.em
      .transactional(async (tx) => {
        const created = new User({ ...input, institution, unit });
        tx.persist(created);
        for (const role of roles) tx.persist(new RoleAssignment(created, role, institution));
        if (input.sendInvitation !== false)
          email = (await this.invitations.write(tx, created, actor.userId, { newUser: true })).email;
        this.audit.record(tx, {
          actorId: actor.userId,
          action: 'user.created',
          subjectType: 'User',
          subjectId: created.id,
          institutionId: institution.id,
          details: { roles },
        });
        return created;
      })
      .catch((error: unknown) => {
        throw error instanceof UniqueConstraintViolationException ? emailTaken() : error;
      });
    if (email) await this.outbox.dispatch([email]);
    return user;
  }

  /** Loads a person for a change, checking the caller may make it. */
  async loadForChange(actor: Actor | null, id: string): Promise<{ actor: Actor; user: User }> {
    const user = await this.em.findOne(User, id, { populate: ['unit', 'institution'] });
    if (!user) throw notFound('Person');
    return { actor: this.authz.assert(actor, 'user.update', userSubject(user)), user };
  }

  async update(actorOrNull: Actor | null, id: string, raw: UpdateUserData): Promise<User> {
    const input = parseInput(updateUserSchema, raw);
    const { actor, user } = await this.loadForChange(actorOrNull, id);
    const changed: string[] = [];
    if (input.displayName) user.displayName = input.displayName;
    if (input.unitId !== undefined) {
      user.unit = await this.findUnit(user.institution.id, input.unitId);
      changed.push('unit');
    }
    if (input.sex !== undefined) user.sex = input.sex;
    if (input.staffCategory !== undefined) user.staffCategory = input.staffCategory;
    if (input.rank !== undefined) user.rank = input.rank;
    if (input.sex !== undefined || input.staffCategory !== undefined || input.rank !== undefined)
      changed.push('personal');
    if (input.status && input.status !== user.status) {
      if (input.status === UserStatus.INVITED) throw badInput([{ field: 'status', code: 'INVALID_STATUS' }]);
      if (user.id === actor.userId) throw forbidden('You cannot change your own status.');
      user.status = input.status;
      changed.push('status');
      if (input.status === UserStatus.DISABLED) {
        await this.em.nativeUpdate(
          AuthSession,
          { user: user.id, revokedAt: null },
          { revokedAt: new Date() },
        );
      }
    }
    if (input.displayName) changed.push('displayName');
    this.audit.record(this.em, {
      actorId: actor.userId,
      action: 'user.updated',
      subjectType: 'User',
      subjectId: user.id,
      institutionId: user.institution.id,
      details: { fields: changed },
    });
    await this.em.flush();
    return user;
  }

  async invite(actorOrNull: Actor | null, id: string): Promise<Invitation> {
    const { actor, user } = await this.loadForChange(actorOrNull, id);
    if (user.status === UserStatus.DISABLED) throw badInput([{ field: 'userId', code: 'USER_DISABLED' }]);
    const written = await this.em.transactional(async (tx) => {
      const result = await this.invitations.write(tx, user, actor.userId);
      this.audit.record(tx, {
        actorId: actor.userId,
        action: 'user.invited',
        subjectType: 'User',
        subjectId: user.id,
        institutionId: user.institution.id,
      });
      return result;
    });
    await this.outbox.dispatch([written.email]);
    return written.invitation;
  }
}
