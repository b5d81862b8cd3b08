import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '@parity/identity';
import { CoachingProgramme } from './coaching-programme.entity';
import { ApplicationStatus } from './application-status.enum';

/** A coachee's application to a programme with self-sign-up: one per person and programme, by constraint. */
@Entity({ tableName: 'programme_application' })
@Unique({ properties: ['programmeId', 'userId'] })
export class ProgrammeApplication extends BaseEntity {
  @ManyToOne({
    entity: () => CoachingProgramme,
    fieldName: 'programme_id',
    mapToPk: true,
    deleteRule: 'cascade',
  })
  programmeId!: string;

  @ManyToOne({ entity: () => User, fieldName: 'user_id', mapToPk: true, deleteRule: 'cascade' })
  userId!: string;

  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'programme_application_status' })
  status: ApplicationStatus = ApplicationStatus.PENDING;

  @ManyToOne({
    entity: () => User,
    fieldName: 'decided_by_id',
    mapToPk: true,
    nullable: true,
    deleteRule: 'set null',
  })
  decidedById: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;
}
