import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { parseInput } from '@parity/shared/errors';
import type { Actor } from '../authz/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { AuthService } from '../auth/auth.service';
import { updateProfileSchema, type UpdateProfileData } from './user-input.schema';
import { User } from './user.entity';

/** What a person changes about themselves: name, language, time zone, password. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly auth: AuthService,
  ) {}

  async me(actor: Actor | null): Promise<User | null> {
    if (!actor) return null;
    return this.em.findOne(User, actor.userId, { populate: ['unit'] });
  }

  private assertOwn(actorOrNull: Actor | null): Actor {
    const actor = this.authz.requireActor(actorOrNull);
    return this.authz.assert(actor, 'profile.update-own', {
      institutionId: actor.institutionId,
      ownerId: actor.userId,
    });
  }

  async update(actorOrNull: Actor | null, raw: UpdateProfileData): Promise<User> {
    const actor = this.assertOwn(actorOrNull);
    const input = parseInput(updateProfileSchema, raw);
    const user = await this.em.findOneOrFail(User, actor.userId, { populate: ['unit'] });
    if (input.displayName) user.displayName = input.displayName;
    if (input.locale) user.locale = input.locale;
    if (input.timeZone) user.timeZone = input.timeZone;
    await this.em.flush();
    return user;
  }

  async changePassword(
    actorOrNull: Actor | null,
    currentPassword: string,
    newPassword: string,
  ): Promise<boolean> {
    const actor = this.assertOwn(actorOrNull);
    await this.auth.changePassword(actor.userId, currentPassword, newPassword);
    return true;
  }
}
