import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Institution } from '@parity/identity';

/** A named group of people of one institution (a training class, an intake) that courses can be assigned to. */
@Entity({ tableName: 'cohort' })
@Unique({ properties: ['institution', 'name'] })
export class Cohort extends BaseEntity {
  @ManyToOne({ entity: () => Institution })
  institution: Rel<Institution>;

  @Property({ type: 'string', length: 200 })
  name: string;

  @Property({ type: 'uuid' })
  createdById: string;

  constructor(institution: Institution, name: string, createdById: string) {
    super();
    this.institution = institution;
    this.name = name;
    this.createdById = createdById;
  }
}
