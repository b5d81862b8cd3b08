import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CourseProgress')
export class CourseProgressType {
  @Field(() => Int)
  lessonsCompleted!: number;

  @Field(() => Int)
  lessonsTotal!: number;

  @Field(() => Int)
  quizzesPassed!: number;

  @Field(() => Int, { description: 'Graded quizzes and post-tests: they must be passed for completion.' })
  quizzesRequired!: number;

  @Field(() => Int, { description: 'Completed lessons and passed required quizzes, of all of them (0–100).' })
  percent!: number;

  @Field(() => Int)
  secondsSpent!: number;
}
