import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ReportDimension, ReportMeasure } from './report-enums';
import { ReportCellType } from './report-cell.type';
import { ReportRowType } from './report-row.type';
import { ReportValueType } from './report-value.type';

@ObjectType('Report', {
  description: 'An aggregate table with margins; never person-level. Totals count each person once.',
})
export class ReportType {
  @Field(() => ReportMeasure)
  measure!: ReportMeasure;

  @Field(() => String, { description: 'The measure’s name in the viewer’s language.' })
  measureLabel!: string;

  @Field(() => [ReportDimension])
  dimensions!: ReportDimension[];

  @Field(() => [String], { description: 'The dimensions’ names in the viewer’s language.' })
  dimensionLabels!: string[];

  @Field(() => Int, { description: 'Cells with fewer people than this are suppressed.' })
  minCellSize!: number;

  @Field(() => [ReportValueType], {
    description: 'The second dimension’s values (empty with fewer dimensions).',
  })
  columns!: ReportValueType[];

  @Field(() => [ReportRowType])
  rows!: ReportRowType[];

  @Field(() => [ReportCellType], { description: 'One per column: the column over all rows.' })
  columnTotals!: ReportCellType[];

  @Field(() => ReportCellType)
  grandTotal!: ReportCellType;

  @Field(() => String, { description: 'The locale of the labels.' })
  locale!: string;
}
