import { Entity, ManyToOne, PrimaryKeyProp, type Rel } from '@mikro-orm/core';
import { User } from '@parity/identity';
import { Cohort } from './cohort.entity';

/** Membership of a person in a cohort (once, by primary key). */
@Entity({ tableName: 'cohort_member' })
export class CohortMember {
  [PrimaryKeyProp]?: ['cohort', 'user'];

  @ManyToOne({ entity: () => Cohort, primary: true, deleteRule: 'cascade' })
  cohort: Rel<Cohort>;

  @ManyToOne({ entity: () => User, primary: true, deleteRule: 'cascade' })
  user: Rel<User>;

  constructor(cohort: Cohort, user: User) {
    this.cohort = cohort;
    this.user = user;
  }
}
