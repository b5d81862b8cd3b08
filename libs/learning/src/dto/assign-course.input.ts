import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('AssignCourseInput', {
  description: 'Exactly one of userIds, unitId (with its sub-units), cohortId.',
})
export class AssignCourseInput {
  @Field(() => ID)
  courseId!: string;

  @Field(() => [ID], { nullable: true })
  userIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  cohortId?: string | null;

  @Field(() => Date, { nullable: true })
  dueAt?: Date | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  mandatory?: boolean | null;
}
