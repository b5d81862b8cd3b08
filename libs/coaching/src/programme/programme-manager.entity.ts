import { Entity, ManyToOne, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '@parity/identity';
import { CoachingProgramme } from './coaching-programme.entity';

/** A programme manager: matches coaches with coachees and sees the programme's aggregates (never notes). */
@Entity({ tableName: 'programme_manager' })
@Unique({ properties: ['programmeId', 'userId'] })
export class ProgrammeManager extends BaseEntity {
  @ManyToOne({
    entity: () => CoachingProgramme,
    fieldName: 'programme_id',
    mapToPk: true,
    deleteRule: 'cascade',
  })
  programmeId!: string;

  @ManyToOne({ entity: () => User, fieldName: 'user_id', mapToPk: true, deleteRule: 'cascade' })
  userId!: string;
}
