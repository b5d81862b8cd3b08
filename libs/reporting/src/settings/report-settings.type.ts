import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportSettings', {
  description: 'An institution’s small-cell threshold: it may raise the platform minimum, never lower it.',
})
export class ReportSettingsType {
  @Field(() => ID)
  institutionId!: string;

  @Field(() => Int, {
    description: 'The threshold the institution’s reports apply: cells counting fewer people are suppressed.',
  })
  minCellSize!: number;

  @Field(() => Int, { description: 'The platform minimum: no institution goes below it.' })
  platformMinimum!: number;

  @Field(() => Boolean, { description: 'True when the institution chose its own threshold.' })
  custom!: boolean;
}
