import { Field, InputType, Int } from '@nestjs/graphql';
import { CourseVisibility } from '../graphql/enums';

@InputType()
export class CourseSettingsInput {
  @Field(() => Int)
  expectedRev!: number;

  @Field(() => CourseVisibility, { nullable: true })
  visibility?: CourseVisibility | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => Int, { nullable: true })
  estimatedMinutes?: number | null;

  @Field(() => Boolean, { nullable: true })
  selfEnrolment?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Null clears the minimum; from 1 to 10000.' })
  completionMinimumMinutes?: number | null;
}
