import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, type Actor } from '@parity/identity';
import { clampPageSize, decodeCursor, encodeCursor, isUuid } from '@parity/shared/database';
import { notFound } from '@parity/shared/errors';
import { Notification } from './notification.entity';

export interface NotificationPage {
  nodes: Notification[];
  endCursor: string | null;
  hasNextPage: boolean;
  unreadCount: number;
}

/** The caller's notification centre: newest first, unread count, mark read ('notification.own'). */
@Injectable()
export class NotificationCentre {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
  ) {}

  async list(
    actorOrNull: Actor | null,
    input: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
  ): Promise<NotificationPage> {
    const actor = this.own(actorOrNull);
    const first = clampPageSize(input.first);
    const cursor = input.after ? decodeCursor(input.after, ['timestamp', 'uuid'] as const) : null;
    const connection = this.em.getConnection();
    const unread = input.unreadOnly ? 'and read_at is null' : '';
    const [rows, counts] = await Promise.all([
      connection.execute<{ id: string; created: string }[]>(
        `select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created
         from notification where user_id = ? and in_app ${unread}
           ${cursor ? 'and (created_at, id) < (?::timestamptz, ?::uuid)' : ''}
         order by created_at desc, id desc limit ?`,
        [actor.userId, ...(cursor ?? []), first + 1],
      ),
      this.unreadCountOf(actor.userId),
    ]);
    const page = rows.slice(0, first);
    const loaded = await this.em.find(Notification, { id: page.map((row) => row.id) });
    const byId = new Map(loaded.map((notification) => [notification.id, notification]));
    const last = page.at(-1);
    return {
      nodes: page.map((row) => byId.get(row.id)).filter((node): node is Notification => node !== undefined),
      endCursor: last ? encodeCursor([last.created, last.id]) : null,
      hasNextPage: rows.length > first,
      unreadCount: counts,
    };
  }

  async unreadCount(actorOrNull: Actor | null): Promise<number> {
    return this.unreadCountOf(this.own(actorOrNull).userId);
  }

  /** Idempotent; another person's notice is NOT_FOUND, as if it did not exist. */
  async markRead(actorOrNull: Actor | null, id: string): Promise<Notification> {
    const actor = this.own(actorOrNull);
    if (!isUuid(id)) throw notFound('Notification');
    const notification = await this.em.findOne(Notification, { id, userId: actor.userId, inApp: true });
    if (!notification) throw notFound('Notification');
    if (!notification.readAt) {
      await this.em.nativeUpdate(Notification, { id, readAt: null }, { readAt: new Date() });
      await this.em.refresh(notification);
    }
    return notification;
  }

  async markAllRead(actorOrNull: Actor | null): Promise<number> {
    const actor = this.own(actorOrNull);
    return this.em.nativeUpdate(
      Notification,
      { userId: actor.userId, inApp: true, readAt: null },
      { readAt: new Date() },
    );
  }

  private async unreadCountOf(userId: string): Promise<number> {
    const [row] = await this.em
      .getConnection()
      .execute<
        { n: string }[]
      >(`select count(*) as n from notification where user_id = ? and in_app and read_at is null`, [userId]);
    return Number(row?.n ?? 0);
  }

  private own(actorOrNull: Actor | null): Actor {
    const actor = this.authz.requireActor(actorOrNull);
    return this.authz.assert(actor, 'notification.own', {
      institutionId: actor.institutionId,
      ownerId: actor.userId,
    });
  }
}
