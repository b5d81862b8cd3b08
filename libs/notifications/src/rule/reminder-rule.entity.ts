import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Institution } from '@parity/identity';
import { Course } from '@parity/curriculum';
import { NotificationKind } from '../copy/notification-kind';

/**
 * An institution's (or one course's) adjustment of a reminder: when it fires (`offsets`, days) and whether at all.
 * Without one, the defaults in `DEFAULT_RULES` apply. A course's rule wins over its institution's.
 */
@Entity({ tableName: 'reminder_rule' })
@Index({
  name: 'reminder_rule_scope_unique',
  expression:
    'create unique index "reminder_rule_scope_unique" on "reminder_rule" ("institution_id", coalesce("course_id", \'00000000-0000-0000-0000-000000000000\'), "kind")',
})
export class ReminderRule extends BaseEntity {
  @ManyToOne({ entity: () => Institution, fieldName: 'institution_id', mapToPk: true, deleteRule: 'cascade' })
  institutionId!: string;

  @ManyToOne({
    entity: () => Course,
    fieldName: 'course_id',
    mapToPk: true,
    nullable: true,
    deleteRule: 'cascade',
  })
  courseId: string | null = null;

  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  /** Days: before the due date or expiry (due soon, expiring), after assignment (not started), idle (inactive). */
  @Property({ type: 'json' })
  offsets: number[] = [];

  @Property({ type: 'boolean', default: true })
  enabled = true;

  @Property({ type: 'datetime', nullable: true, onUpdate: () => new Date() })
  updatedAt: Date | null = null;
}
