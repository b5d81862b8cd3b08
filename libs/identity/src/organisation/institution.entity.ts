import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Country } from './country.entity';

@Entity({ tableName: 'institution' })
@Unique({ properties: ['country', 'name'] })
export class Institution extends BaseEntity {
  @ManyToOne({ entity: () => Country })
  country: Rel<Country>;

  @Property({ type: 'string', length: 200 })
  name: string;

  @Property({ type: 'string', length: 40 })
  shortName: string;

  constructor(country: Country, name: string, shortName: string) {
    super();
    this.country = country;
    this.name = name;
    this.shortName = shortName;
  }
}
