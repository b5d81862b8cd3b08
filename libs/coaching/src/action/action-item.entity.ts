import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '@parity/identity';
import { CoachingEngagement } from '../engagement/coaching-engagement.entity';
import { ActionItemStatus } from './action-item-status.enum';

/** A goal or action of the engagement's action plan: the pair's alone (managers see open/done counts only). */
@Entity({ tableName: 'action_item' })
@Index({ properties: ['engagementId', 'status'] })
export class ActionItem extends BaseEntity {
  @ManyToOne({
    entity: () => CoachingEngagement,
    fieldName: 'engagement_id',
    mapToPk: true,
    deleteRule: 'cascade',
  })
  engagementId!: string;

  @Property({ type: 'string', length: 300 })
  title!: string;

  /** goal | action */
  @Property({ type: 'string', length: 16, default: 'action' })
  kind = 'action';

  @ManyToOne({ entity: () => User, fieldName: 'owner_id', mapToPk: true, deleteRule: 'cascade' })
  ownerId!: string;

  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Enum({ items: () => ActionItemStatus, nativeEnumName: 'action_item_status' })
  status: ActionItemStatus = ActionItemStatus.OPEN;

  @ManyToOne({
    entity: () => User,
    fieldName: 'created_by_id',
    mapToPk: true,
    nullable: true,
    deleteRule: 'set null',
  })
  createdById: string | null = null;

  @Property({ type: 'datetime', nullable: true, onUpdate: () => new Date() })
  updatedAt: Date | null = null;
}
