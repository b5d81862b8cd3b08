import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '@parity/identity';
import { ActionItem } from './action-item.entity';

/** A progress note on an action item, by the coach or the coachee. */
@Entity({ tableName: 'action_progress' })
@Index({ properties: ['actionItemId', 'createdAt'] })
export class ActionProgress extends BaseEntity {
  @ManyToOne({ entity: () => ActionItem, fieldName: 'action_item_id', mapToPk: true, deleteRule: 'cascade' })
  actionItemId!: string;

  @ManyToOne({ entity: () => User, fieldName: 'author_id', mapToPk: true, deleteRule: 'cascade' })
  authorId!: string;

  @Property({ type: 'text' })
  text!: string;
}
