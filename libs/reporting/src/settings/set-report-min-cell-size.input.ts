import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('SetReportMinCellSizeInput')
export class SetReportMinCellSizeInput {
  @Field(() => ID)
  institutionId!: string;

  @Field(() => Int, {
    description: 'From the platform minimum to 100; OUT_OF_RANGE on minCellSize otherwise.',
  })
  minCellSize!: number;
}
