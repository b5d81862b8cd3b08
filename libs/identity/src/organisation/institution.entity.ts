import { Check, Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Country } from './country.entity';

@Entity({ tableName: 'institution' })
@Unique({ properties: ['country', 'name'] })
// Reporting's platform minimum (DEFAULT_MIN_CELL): an institution may raise its small-cell threshold, never lower it.
@Check({
  name: 'institution_report_min_cell_size_check',
  expression: 'report_min_cell_size is null or report_min_cell_size >= 5',
})
export class Institution extends BaseEntity {
  @ManyToOne({ entity: () => Country })
  country: Rel<Country>;

  @Property({ type: 'string', length: 200 })
  name: string;

  @Property({ type: 'string', length: 40 })
  shortName: string;

  /** The smallest number of people a cell of this institution's reports may count; null: the platform minimum. */
  @Property({ type: 'integer', nullable: true })
  reportMinCellSize: number | null = null;

  constructor(country: Country, name: string, shortName: string) {
    super();
    this.country = country;
    this.name = name;
    this.shortName = shortName;
  }

  /** Sets the institution’s own report threshold (reporting checks it against the platform minimum first). */
  setReportMinCellSize(size: number): void {
    this.reportMinCellSize = size;
  }
}
