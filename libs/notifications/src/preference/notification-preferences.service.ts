import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, User, type Actor } from '@parity/identity';
import { parseInput } from '@parity/shared/errors';
import { NOTIFICATION_KINDS } from '../copy/notification-kind';
import type { NotificationPreferencesType } from '../dto/notification-preferences.type';
import { NotificationPreference } from './notification-preference.entity';
import { QuietHours } from './quiet-hours.entity';
import { preferencesInputSchema } from './preferences-input.schema';

/** The caller's own channels per kind and quiet hours ('notification.own'). */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
  ) {}

  async get(actorOrNull: Actor | null): Promise<NotificationPreferencesType> {
    const actor = this.own(actorOrNull);
    const [preferences, quiet, user] = await Promise.all([
      this.em.find(NotificationPreference, { userId: actor.userId }),
      this.em.findOne(QuietHours, { userId: actor.userId }),
      this.em.findOneOrFail(User, actor.userId),
    ]);
    const byKind = new Map(preferences.map((preference) => [preference.kind, preference]));
    return {
      kinds: NOTIFICATION_KINDS.map((kind) => ({
        kind,
        email: byKind.get(kind)?.email ?? true,
        inApp: byKind.get(kind)?.inApp ?? true,
      })),
      quietHoursStart: quiet?.startMinute ?? null,
      quietHoursEnd: quiet?.endMinute ?? null,
      timeZone: user.timeZone,
    };
  }

  async update(actorOrNull: Actor | null, raw: unknown): Promise<NotificationPreferencesType> {
    const actor = this.own(actorOrNull);
    const input = parseInput(preferencesInputSchema, raw);
    await this.em.transactional(async (tx) => {
      for (const { kind, email, inApp } of input.kinds ?? []) {
        await tx.execute(
          `insert into notification_preference (id, created_at, user_id, kind, email, in_app)
           values (gen_random_uuid(), now(), ?, ?, ?, ?)
           on conflict (user_id, kind) do update set email = excluded.email, in_app = excluded.in_app`,
          [actor.userId, kind, email, inApp],
        );
      }
      if (input.quietHoursStart != null && input.quietHoursEnd != null) {
        await tx.execute(
          `insert into quiet_hours (id, created_at, user_id, start_minute, end_minute) values (gen_random_uuid(), now(), ?, ?, ?)
           on conflict (user_id) do update set start_minute = excluded.start_minute, end_minute = excluded.end_minute`,
          [actor.userId, input.quietHoursStart, input.quietHoursEnd],
        );
      } else if (input.quietHoursStart === null) {
        await tx.execute(`delete from quiet_hours where user_id = ?`, [actor.userId]);
      }
    });
    return this.get(actor);
  }

  private own(actorOrNull: Actor | null): Actor {
    const actor = this.authz.requireActor(actorOrNull);
    return this.authz.assert(actor, 'notification.own', {
      institutionId: actor.institutionId,
      ownerId: actor.userId,
    });
  }
}
