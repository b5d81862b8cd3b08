import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { SessionFeedbackInput } from './dto/session-feedback.input';
import { SessionFeedbackService } from './session-feedback.service';

@Resolver()
export class SessionFeedbackResolver {
  constructor(private readonly feedback: SessionFeedbackService) {}

  @Mutation(() => Boolean, {
    description:
      'The coachee rates a held session (1–5 each), once; a second time is FEEDBACK_ALREADY_GIVEN.',
  })
  submitSessionFeedback(
    @Args('input', { type: () => SessionFeedbackInput }) input: SessionFeedbackInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.feedback.submit(ctx.actor, input);
  }
}
