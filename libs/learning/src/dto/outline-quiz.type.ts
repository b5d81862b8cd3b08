import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { QuizKind } from '@parity/curriculum';
import { LocalizedText } from './localized-text.type';

@ObjectType('OutlineQuiz', {
  description: 'A quiz of the enrolled version with the learner’s standing in it.',
})
export class OutlineQuizType {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => QuizKind)
  kind!: QuizKind;

  @Field(() => Boolean, { description: 'Graded quizzes and post-tests must be passed for completion.' })
  required!: boolean;

  @Field(() => Int, { nullable: true })
  timeLimitSeconds!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited.' })
  attemptsAllowed!: number | null;

  @Field(() => Int)
  attemptsUsed!: number;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited.' })
  attemptsLeft!: number | null;

  @Field(() => Int, { nullable: true })
  passingScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'The counted score (highest or last, per the quiz).' })
  bestScore!: number | null;

  @Field(() => Boolean)
  passed!: boolean;

  /** The enrolment this standing belongs to (not a field: lets extension resolvers, e.g. openAttemptId, batch). */
  enrolmentId!: string;
}
