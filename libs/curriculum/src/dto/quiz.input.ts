import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CountingRule, QuizKind, RevealPolicy } from '../graphql/enums';
import { TranslationInput } from './translation.input';

@InputType({ description: 'All of a quiz’s settings (a save replaces them); expectedRev when changing one.' })
export class QuizInput {
  @Field(() => Int, { nullable: true })
  expectedRev?: number | null;

  @Field(() => [TranslationInput])
  title!: TranslationInput[];

  @Field(() => QuizKind)
  kind!: QuizKind;

  @Field(() => Int, { nullable: true, description: '0–100; required except for a survey, which has none.' })
  passingScore?: number | null;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited.' })
  attemptsAllowed?: number | null;

  @Field(() => CountingRule, { nullable: true })
  countingRule?: CountingRule | null;

  @Field(() => Int, { nullable: true })
  timeLimitSeconds?: number | null;

  @Field(() => Boolean, { nullable: true })
  shuffleQuestions?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  shuffleChoices?: boolean | null;

  @Field(() => RevealPolicy, { nullable: true })
  feedbackPolicy?: RevealPolicy | null;

  @Field(() => RevealPolicy, { nullable: true })
  answersPolicy?: RevealPolicy | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A pre-test’s post-test (or the reverse) in the same version.',
  })
  pairedQuizId?: string | null;
}
