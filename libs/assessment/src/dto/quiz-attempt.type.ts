import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@parity/learning';
import { AttemptStatus } from '../graphql/enums';
import { AttemptQuestionType } from './attempt-question.type';
import { AttemptResultType } from './attempt-result.type';

@ObjectType('QuizAttempt')
export class QuizAttemptType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => ID)
  quizId!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => AttemptStatus)
  status!: AttemptStatus;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'The server submits the attempt then (time limit).' })
  deadlineAt!: Date | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Boolean, { description: 'Submitted by the server at the deadline.' })
  autoSubmitted!: boolean;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => [AttemptQuestionType], {
    description: 'In the attempt’s drawn order, the same in every read.',
  })
  questions!: AttemptQuestionType[];

  @Field(() => AttemptResultType, { nullable: true, description: 'Null until submitted.' })
  result!: AttemptResultType | null;
}
