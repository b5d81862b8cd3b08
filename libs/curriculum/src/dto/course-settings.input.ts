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
}
