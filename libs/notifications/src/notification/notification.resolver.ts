import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from '@parity/curriculum';
import { loadById, User, type GqlContext } from '@parity/identity';
import { callerLocale } from '@parity/learning';
import { renderNotificationText } from '../copy/notification-text';
import { NotificationConnectionType } from '../dto/notification-connection.type';
import { NotificationPreferencesInput } from '../dto/notification-preferences.input';
import { NotificationPreferencesType } from '../dto/notification-preferences.type';
import { NotificationType } from '../dto/notification.type';
import { NotificationPreferencesService } from '../preference/notification-preferences.service';
import { actionUrl } from './action-url';
import { NotificationCentre } from './notification-centre.service';
import { notificationParams } from './notification-params-view';
import type { Notification } from './notification.entity';

const BASE = 'http://parity.invalid';

@Resolver(() => NotificationType)
export class NotificationResolver {
  constructor(
    private readonly centre: NotificationCentre,
    private readonly preferences: NotificationPreferencesService,
    private readonly em: EntityManager,
  ) {}

  @Query(() => NotificationConnectionType, { description: 'The caller’s notification centre, newest first.' })
  async myNotifications(
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly: boolean | null,
    @Context() ctx: GqlContext,
  ): Promise<NotificationConnectionType> {
    const page = await this.centre.list(ctx.actor, { first, after, unreadOnly });
    const view = await this.viewer(ctx);
    return {
      nodes: page.nodes.map(view),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      unreadCount: page.unreadCount,
    };
  }

  @Query(() => Int, { description: 'Unread notices in the caller’s notification centre (the badge).' })
  unreadNotificationCount(@Context() ctx: GqlContext): Promise<number> {
    return this.centre.unreadCount(ctx.actor);
  }

  @Mutation(() => NotificationType, { description: 'Marks one of the caller’s notices read (idempotent).' })
  async markNotificationRead(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<NotificationType> {
    const notification = await this.centre.markRead(ctx.actor, id);
    return (await this.viewer(ctx))(notification);
  }

  @Mutation(() => Int, { description: 'Marks all the caller’s notices read; returns how many were unread.' })
  markAllNotificationsRead(@Context() ctx: GqlContext): Promise<number> {
    return this.centre.markAllRead(ctx.actor);
  }

  @Query(() => NotificationPreferencesType, {
    description: 'The caller’s channels per kind and quiet hours.',
  })
  myNotificationPreferences(@Context() ctx: GqlContext): Promise<NotificationPreferencesType> {
    return this.preferences.get(ctx.actor);
  }

  @Mutation(() => NotificationPreferencesType, {
    description:
      'Changes the caller’s channels per kind and quiet hours; mandatory reminders still reach the app.',
  })
  updateMyNotificationPreferences(
    @Args('input', { type: () => NotificationPreferencesInput }) input: NotificationPreferencesInput,
    @Context() ctx: GqlContext,
  ): Promise<NotificationPreferencesType> {
    return this.preferences.update(ctx.actor, input);
  }

  /** Texts in the reader's language, dates in their time zone. */
  private async viewer(ctx: GqlContext): Promise<(notification: Notification) => NotificationType> {
    const locale: Locale = await callerLocale(ctx, this.em);
    const timeZone = ctx.actor
      ? (await loadById(ctx.loaders, this.em, User, ctx.actor.userId)).timeZone
      : 'UTC';
    const now = new Date();
    return (notification) => {
      const params = notificationParams(notification.kind, notification.params, locale, now);
      const text = renderNotificationText(notification.kind, params, locale, timeZone);
      return {
        id: notification.id,
        kind: notification.kind,
        title: text.title,
        body: text.body,
        actionPath: new URL(actionUrl(BASE, notification.kind, notification.targetId)).pathname,
        mandatory: notification.mandatory,
        createdAt: notification.createdAt,
        readAt: notification.readAt,
      };
    };
  }
}
