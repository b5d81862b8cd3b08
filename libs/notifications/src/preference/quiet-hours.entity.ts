import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '@parity/identity';

/**
 * A person's quiet hours, in minutes after midnight in their own time zone (22:00–07:00 is 1320–420): non-urgent
 * e-mail written then waits until they end. In-app notices are not delayed.
 */
@Entity({ tableName: 'quiet_hours' })
@Unique({ properties: ['userId'] })
export class QuietHours extends BaseEntity {
  /** The person (their notices and settings go with them when they are deleted). */
  @ManyToOne({ entity: () => User, fieldName: 'user_id', mapToPk: true, deleteRule: 'cascade' })
  userId!: string;

  @Property({ type: 'smallint' })
  startMinute!: number;

  @Property({ type: 'smallint' })
  endMinute!: number;
}
