import { Args, Context, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { QuizInput } from '../dto/quiz.input';
import { QuizItemInput } from '../dto/quiz-item.input';
import { QuizType } from '../dto/quiz.type';
import type { Quiz } from '../quiz/quiz.entity';
import { QuizService } from '../quiz/quiz.service';

const ID_ARG = { type: () => ID };

@Resolver()
export class QuizResolver {
  constructor(private readonly quizzes: QuizService) {}

  @Mutation(() => QuizType, { description: 'Adds a quiz at the end of a draft’s module.' })
  addQuiz(
    @Args('moduleId', ID_ARG) moduleId: string,
    @Args('input', { type: () => QuizInput }) input: QuizInput,
    @Context() ctx: GqlContext,
  ): Promise<Quiz> {
    return this.quizzes.add(ctx.actor, moduleId, input);
  }

  @Mutation(() => QuizType, { description: 'Saves a quiz’s settings if nobody saved it since expectedRev.' })
  updateQuiz(
    @Args('id', ID_ARG) id: string,
    @Args('input', { type: () => QuizInput }) input: QuizInput,
    @Context() ctx: GqlContext,
  ): Promise<Quiz> {
    return this.quizzes.update(ctx.actor, id, { ...input, expectedRev: input.expectedRev ?? 0 });
  }

  @Mutation(() => Boolean)
  deleteQuiz(@Args('id', ID_ARG) id: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.quizzes.delete(ctx.actor, id);
  }

  @Mutation(() => QuizType, {
    description: 'Replaces the quiz’s question selection if nobody saved the quiz since expectedRev.',
  })
  setQuizItems(
    @Args('id', ID_ARG) id: string,
    @Args('expectedRev', { type: () => Int }) expectedRev: number,
    @Args('items', { type: () => [QuizItemInput] }) items: QuizItemInput[],
    @Context() ctx: GqlContext,
  ): Promise<Quiz> {
    return this.quizzes.setItems(ctx.actor, id, { expectedRev, items });
  }
}
