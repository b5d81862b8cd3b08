import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, forbidden, notFound } from '@parity/shared/errors';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../authz/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { Role } from '../authz/role.enum';
import { IdentityErrorCode } from '../identity.errors';
import { Institution } from '../organisation/institution.entity';
import { RoleAssignment } from './role-assignment.entity';
import { User } from './user.entity';

export interface RoleChange {
  userId: string;
  role: Role;
  institutionId: string;
}

/** Granting and revoking institution-scoped roles. Idempotent: granting a held role changes nothing. */
@Injectable()
export class RoleService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  private async authorise(
    actorOrNull: Actor | null,
    change: RoleChange,
  ): Promise<{ actor: Actor; user: User }> {
    const [user, institution] = await Promise.all([
      this.em.findOne(User, change.userId, { populate: ['unit'] }),
      this.em.findOne(Institution, change.institutionId),
    ]);
    if (!user) throw notFound('Person');
    if (!institution) throw notFound('Institution');
    const actor = this.authz.assert(actorOrNull, 'role.assign', {
      institutionId: institution.id,
      unitPath: user.institution.id === institution.id ? (user.unit?.path ?? null) : null,
      ownerId: user.id,
    });
    if (change.role === Role.PLATFORM_ADMIN && !this.authz.hasRole(actor, Role.PLATFORM_ADMIN))
      throw forbidden();
    return { actor, user };
  }

  async assign(actorOrNull: Actor | null, change: RoleChange): Promise<User> {
    const { actor, user } = await this.authorise(actorOrNull, change);
    const held = await this.em.count(RoleAssignment, {
      user: user.id,
      role: change.role,
      institution: change.institutionId,
    });
    if (!held) {
      this.em.persist(
        new RoleAssignment(user, change.role, this.em.getReference(Institution, change.institutionId)),
      );
      this.record(actor, 'role.granted', change);
      await this.em.flush();
    }
    return user;
  }

  async revoke(actorOrNull: Actor | null, change: RoleChange): Promise<User> {
    const { actor, user } = await this.authorise(actorOrNull, change);
    const assignment = await this.em.findOne(RoleAssignment, {
      user: user.id,
      role: change.role,
      institution: change.institutionId,
    });
    if (!assignment) return user;
    if (
      change.role === Role.PLATFORM_ADMIN &&
      (await this.em.count(RoleAssignment, { role: Role.PLATFORM_ADMIN })) <= 1
    ) {
      throw new DomainError(
        IdentityErrorCode.LAST_PLATFORM_ADMIN,
        'The platform needs at least one platform admin.',
      );
    }
    this.em.remove(assignment);
    this.record(actor, 'role.revoked', change);
    await this.em.flush();
    return user;
  }

  private record(actor: Actor, action: string, change: RoleChange): void {
    this.audit.record(this.em, {
      actorId: actor.userId,
      action,
      subjectType: 'User',
      subjectId: change.userId,
      institutionId: change.institutionId,
      details: { role: change.role },
    });
  }
}
