import { Field, InputType } from '@nestjs/graphql';
import { ActionItemStatus } from '../../graphql/enums';

@InputType('UpdateActionItemInput')
export class UpdateActionItemInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'A calendar date, YYYY-MM-DD.' })
  dueOn?: string | null;

  @Field(() => ActionItemStatus, { nullable: true })
  status?: ActionItemStatus | null;
}
