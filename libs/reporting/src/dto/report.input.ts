import { Field, ID, InputType } from '@nestjs/graphql';
import { ReportDimension, ReportMeasure } from './report-enums';
import { ReportFiltersInput } from './report-filters.input';

@InputType('ReportInput', { description: 'A measure broken down by up to two dimensions, under filters.' })
export class ReportInputType {
  @Field(() => ReportMeasure)
  measure!: ReportMeasure;

  @Field(() => [ReportDimension], { description: '0–2 distinct dimensions: rows first, then columns.' })
  dimensions!: ReportDimension[];

  @Field(() => ReportFiltersInput, { nullable: true })
  filters?: ReportFiltersInput | null;

  @Field(() => ID, {
    nullable: true,
    description: 'UNIT dimension: the children of this unit (default: the top-level units).',
  })
  unitParentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Label language; default the viewer’s.' })
  locale?: string | null;
}
