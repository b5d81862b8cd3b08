import { Entity, ManyToOne, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '@parity/identity';
import { NotificationKind } from '../copy/notification-kind';
import { NotificationStatus } from './notification-status.enum';

/**
 * One reminder to one person: the record that makes it happen once. Its key (person, kind, target, cycle) is
 * unique, so a sweep that runs again, twice at once or after a crash writes nothing more; a new cycle (the 1-day
 * reminder after the 7-day one, the second week overdue) is a new key. Written by the sweeps' SQL.
 */
@Entity({ tableName: 'notification' })
@Unique({ properties: ['userId', 'kind', 'targetId', 'cycle'] })
@Index({ properties: ['userId', 'createdAt'] })
@Index({
  name: 'notification_unread_index',
  expression: `create index "notification_unread_index" on "notification" ("user_id") where "in_app" and "read_at" is null`,
})
@Index({
  name: 'notification_pending_index',
  expression: `create index "notification_pending_index" on "notification" ("created_at") where "status" = 'pending'`,
})
export class Notification extends BaseEntity {
  /** The person (their notices and settings go with them when they are deleted). */
  @ManyToOne({ entity: () => User, fieldName: 'user_id', mapToPk: true, deleteRule: 'cascade' })
  userId!: string;

  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  /** What it is about: an enrolment, a certificate, a coaching session, an institution (digest). */
  @Property({ type: 'uuid' })
  targetId!: string;

  /** Which occurrence: `7d`, `1d`, `week-2`, the date an inactivity spell began… */
  @Property({ type: 'string', length: 40 })
  cycle!: string;

  /** What the texts need (course title, dates), as the sweep found it; rendered in the reader's language. */
  @Property({ type: 'json' })
  params!: Record<string, unknown>;

  /** About a mandatory enrolment: it cannot be silenced in the app. */
  @Property({ type: 'boolean', default: false })
  mandatory = false;

  @Enum({ items: () => NotificationStatus, nativeEnumName: 'notification_status' })
  status: NotificationStatus = NotificationStatus.PENDING;

  @Property({ type: 'string', length: 40, nullable: true })
  skippedReason: string | null = null;

  /** Shown in the notification centre (the person receives this kind in the app). */
  @Property({ type: 'boolean', default: false })
  inApp = false;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  emailMessageId: string | null = null;
}
