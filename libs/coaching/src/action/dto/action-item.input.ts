import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('ActionItemInput')
export class ActionItemInput {
  @Field(() => ID)
  engagementId!: string;

  @Field(() => String, { description: '"goal" or "action".' })
  kind!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ID, { description: 'The coach or the coachee.' })
  ownerId!: string;

  @Field(() => String, { nullable: true, description: 'A calendar date, YYYY-MM-DD.' })
  dueOn?: string | null;
}
