import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportCell', {
  description:
    'One figure. Suppressed cells (too few people, or hidden so another cannot be worked out) have value and people null.',
})
export class ReportCellType {
  @Field(() => Float, {
    nullable: true,
    description: 'The measure; null when suppressed or undefined (no data).',
  })
  value!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Distinct people behind the figure; null when suppressed.',
  })
  people!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;
}
