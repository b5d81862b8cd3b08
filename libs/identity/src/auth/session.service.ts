import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import type { Actor } from '../authz/actor';
import { RoleAssignment } from '../user/role-assignment.entity';
import { User } from '../user/user.entity';
import { UserStatus } from '../user/person-attributes.enum';
import { AuthSession } from './auth-session.entity';
import { hashToken, newSecretToken } from './secret-token';

const TOUCH_EVERY_MS = 5 * 60 * 1000;

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

/** Opaque server-side sessions: issued at login (a new token each time), checked per request, revoked at logout. */
@Injectable()
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Adds a new session to the caller's unit of work. */
  issue(em: EntityManager, user: User): IssuedSession {
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3600 * 1000);
    em.persist(new AuthSession(user, hash, expiresAt));
    return { token, expiresAt };
  }

  async revoke(token: string | null): Promise<void> {
    if (!token) return;
    await this.em.nativeUpdate(
      AuthSession,
      { tokenHash: hashToken(token), revokedAt: null },
      { revokedAt: new Date() },
    );
  }

  /** The caller behind a session token, or null when the token is unknown, expired, revoked or the person disabled. */
  async resolve(token: string | null): Promise<Actor | null> {
    if (!token || token.length > 200) return null;
    const now = new Date();
    const session = await this.em.findOne(
      AuthSession,
      { tokenHash: hashToken(token) },
      { populate: ['user', 'user.unit'] },
    );
    if (!session || !session.isActive(now) || session.user.status !== UserStatus.ACTIVE) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.em.nativeUpdate(AuthSession, { id: session.id }, { lastSeenAt: now });
    }
    return this.actorFor(session.user);
  }

  async actorFor(user: User): Promise<Actor> {
    await this.em.populate(user, ['unit']);
    const roles = await this.em.find(RoleAssignment, { user: user.id });
    return {
      userId: user.id,
      institutionId: user.institution.id,
      unitPath: user.unit?.path ?? null,
      roles: roles.map((assignment) => ({ role: assignment.role, institutionId: assignment.institution.id })),
    };
  }
}
