import { Entity, ManyToOne, Enum, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '@parity/identity';
import { NotificationKind } from '../copy/notification-kind';

/**
 * A person's channels for one kind of notification. No row: both channels on (the default). A mandatory
 * reminder ignores `inApp = false` (it can move between channels, not be silenced).
 */
@Entity({ tableName: 'notification_preference' })
@Unique({ properties: ['userId', 'kind'] })
export class NotificationPreference extends BaseEntity {
  /** The person (their notices and settings go with them when they are deleted). */
  @ManyToOne({ entity: () => User, fieldName: 'user_id', mapToPk: true, deleteRule: 'cascade' })
  userId!: string;

  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @Property({ type: 'boolean' })
  email = true;

  @Property({ type: 'boolean' })
  inApp = true;
}
