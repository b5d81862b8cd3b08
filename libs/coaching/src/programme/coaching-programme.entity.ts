import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Institution, User } from '@parity/identity';

/**
 * One cycle of the Gender Coach Programme (e.g. "Gender Coach Programme 2027 — Montenegro"): its dates, the
 * institution that runs it and, through `ProgrammeManager`, the people who match coaches with coachees.
 */
@Entity({ tableName: 'coaching_programme' })
@Index({ properties: ['institutionId', 'startsOn'] })
export class CoachingProgramme extends BaseEntity {
  @ManyToOne({ entity: () => Institution, fieldName: 'institution_id', mapToPk: true, deleteRule: 'cascade' })
  institutionId!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  /** Coachees may apply themselves; a manager approves each application. */
  @Property({ type: 'boolean', default: false })
  selfSignUp = false;

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
