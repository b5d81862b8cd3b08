import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';

@Entity({ tableName: 'country' })
export class Country extends BaseEntity {
  /** ISO 3166-1 alpha-2 (XK for Kosovo). */
  @Unique()
  @Property({ type: 'string', length: 2 })
  code: string;

  @Property({ type: 'string', length: 120 })
  name: string;

  constructor(code: string, name: string) {
    super();
    this.code = code;
    this.name = name;
  }
}
