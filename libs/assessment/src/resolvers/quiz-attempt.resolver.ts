import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { AttemptAnswerService } from '../attempt/attempt-answer.service';
import { AttemptQueryService } from '../attempt/attempt-query.service';
import { AttemptTakingService } from '../attempt/attempt-taking.service';
import { AnswerInput } from '../dto/answer.input';
import { QuizAttemptType } from '../dto/quiz-attempt.type';
import { SavedAnswerType } from '../dto/saved-answer.type';

const ID_ARG = { type: () => ID };

@Resolver(() => QuizAttemptType)
export class QuizAttemptResolver {
  constructor(
    private readonly taking: AttemptTakingService,
    private readonly answers: AttemptAnswerService,
    private readonly queries: AttemptQueryService,
  ) {}

  @Mutation(() => QuizAttemptType, {
    description:
      'Starts an attempt in one’s own enrolment, or returns the one in progress (NO_ATTEMPTS_LEFT).',
  })
  startQuizAttempt(
    @Args('enrolmentId', ID_ARG) enrolmentId: string,
    @Args('quizId', ID_ARG) quizId: string,
    @Context() ctx: GqlContext,
  ): Promise<QuizAttemptType> {
    return this.taking.start(ctx.actor, enrolmentId, quizId, ctx.locale);
  }

  @Mutation(() => SavedAnswerType, {
    description:
      'Autosaves one answer (replacing the last one); ATTEMPT_CLOSED after submission or the deadline.',
  })
  saveAttemptAnswer(
    @Args('attemptId', ID_ARG) attemptId: string,
    @Args('questionKey', ID_ARG) questionKey: string,
    @Args('answer', { type: () => AnswerInput }) answer: AnswerInput,
    @Context() ctx: GqlContext,
  ): Promise<SavedAnswerType> {
    return this.answers.save(ctx.actor, attemptId, questionKey, answer);
  }

  @Mutation(() => QuizAttemptType, {
    description: 'Submits and grades the attempt, exactly once: repeats return the same result.',
  })
  submitQuizAttempt(
    @Args('attemptId', ID_ARG) attemptId: string,
    @Context() ctx: GqlContext,
  ): Promise<QuizAttemptType> {
    return this.taking.submit(ctx.actor, attemptId);
  }

  @Query(() => QuizAttemptType)
  quizAttempt(@Args('id', ID_ARG) id: string, @Context() ctx: GqlContext): Promise<QuizAttemptType> {
    return this.queries.attempt(ctx.actor, id);
  }

  @Query(() => [QuizAttemptType], { description: 'The attempts of a quiz in an enrolment, first to last.' })
  quizAttempts(
    @Args('enrolmentId', ID_ARG) enrolmentId: string,
    @Args('quizId', ID_ARG) quizId: string,
    @Context() ctx: GqlContext,
  ): Promise<QuizAttemptType[]> {
    return this.queries.attempts(ctx.actor, enrolmentId, quizId);
  }
}
