import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Institution } from './institution.entity';

/** A unit of an institution; `path` (/rootId/…/ownId/) makes "this unit and its sub-units" one indexed query. */
@Entity({ tableName: 'unit' })
@Unique({
  name: 'unit_institution_name_unique',
  expression:
    'create unique index "unit_institution_name_unique" on "unit" ("institution_id", lower("name"))',
})
export class Unit extends BaseEntity {
  @ManyToOne({ entity: () => Institution })
  institution: Rel<Institution>;

  @ManyToOne({ entity: () => Unit, nullable: true })
  parent: Rel<Unit> | null;

  @Property({ type: 'string', length: 200 })
  name: string;

  @Index({
    name: 'unit_path_index',
    expression: 'create index "unit_path_index" on "unit" ("path" text_pattern_ops)',
  })
  @Property({ type: 'text' })
  path: string;

  constructor(institution: Institution, name: string, parent: Unit | null) {
    super();
    this.institution = institution;
    this.name = name;
    this.parent = parent;
    this.path = `${parent ? parent.path : '/'}${this.id}/`;
  }

  rename(name: string): void {
    this.name = name;
  }
}
