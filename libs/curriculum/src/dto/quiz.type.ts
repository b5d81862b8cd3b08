import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CountingRule, QuizKind, RevealPolicy } from '../graphql/enums';
import { BankQuestionType } from './bank-question.type';
import { QuizItemType } from './quiz-item.type';
import { TranslationType } from './translation.type';

@ObjectType('Quiz')
export class QuizType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => Int, { description: 'Revision: send it back as expectedRev when saving.' })
  rev!: number;

  @Field(() => [TranslationType])
  title!: TranslationType[];

  @Field(() => QuizKind)
  kind!: QuizKind;

  @Field(() => Int, { nullable: true, description: 'Percentage to pass; null for a survey.' })
  passingScore!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited.' })
  attemptsAllowed!: number | null;

  @Field(() => CountingRule)
  countingRule!: CountingRule;

  @Field(() => Int, { nullable: true })
  timeLimitSeconds!: number | null;

  @Field(() => Boolean)
  shuffleQuestions!: boolean;

  @Field(() => Boolean)
  shuffleChoices!: boolean;

  @Field(() => RevealPolicy)
  feedbackPolicy!: RevealPolicy;

  @Field(() => RevealPolicy)
  answersPolicy!: RevealPolicy;

  @Field(() => ID, { nullable: true, description: 'The paired pre-test or post-test (knowledge gain).' })
  pairedQuizId!: string | null;

  @Field(() => [QuizItemType])
  items!: QuizItemType[];

  @Field(() => [BankQuestionType], {
    description:
      'Every question the quiz can use (fixed ones and each draw’s whole pool): frozen for a published version, live from the banks in a draft.',
  })
  questions!: BankQuestionType[];
}
