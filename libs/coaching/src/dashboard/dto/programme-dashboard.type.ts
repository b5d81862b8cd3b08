import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CountByStateType } from './count-by-state.type';
import { FeedbackAveragesType } from './feedback-averages.type';
import { MonthCountType } from './month-count.type';

@ObjectType('ProgrammeDashboard', {
  description: 'A programme’s aggregates for its runners: no person, no content.',
})
export class ProgrammeDashboardType {
  @Field(() => ID)
  programmeId!: string;

  @Field(() => [CountByStateType], { description: 'Every state, with zero counts too.' })
  engagementsByState!: CountByStateType[];

  @Field(() => [MonthCountType], { description: 'The last 12 months, oldest first, with zero months too.' })
  sessionsHeldByMonth!: MonthCountType[];

  @Field(() => FeedbackAveragesType)
  feedback!: FeedbackAveragesType;

  @Field(() => Int)
  sessionsHeld!: number;

  @Field(() => Int, { description: 'The planned sessions of active and completed engagements.' })
  sessionsPlanned!: number;
}
