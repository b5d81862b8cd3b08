import { Field, ObjectType } from '@nestjs/graphql';
import { ReportCellType } from './report-cell.type';
import { ReportValueType } from './report-value.type';

@ObjectType('ReportRow')
export class ReportRowType {
  @Field(() => ReportValueType, { description: 'The row’s value of the first dimension.' })
  key!: ReportValueType;

  @Field(() => [ReportCellType], {
    description: 'One per column (second dimension); empty with one dimension.',
  })
  cells!: ReportCellType[];

  @Field(() => ReportCellType, { description: 'The whole row (with one dimension: the row’s figure).' })
  total!: ReportCellType;
}
