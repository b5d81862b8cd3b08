import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EnrolmentType } from './enrolment.type';

@ObjectType('LessonProgressResult')
export class LessonProgressResultType {
  @Field(() => ID)
  lessonId!: string;

  @Field(() => Boolean)
  completed!: boolean;

  @Field(() => Int)
  secondsSpent!: number;

  @Field(() => EnrolmentType)
  enrolment!: EnrolmentType;
}
