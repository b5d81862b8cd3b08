import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('SessionFeedbackInput')
export class SessionFeedbackInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => Int, { description: '1–5: how useful the session was.' })
  usefulness!: number;

  @Field(() => Int, { description: '1–5: how well it related to the coachee’s work and role.' })
  relevance!: number;

  @Field(() => Int, { description: '1–5: how confident the coachee feels to act on it.' })
  confidence!: number;
}
