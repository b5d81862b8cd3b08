import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ActionItemStatus } from '../../graphql/enums';
import { PersonRefType } from '../../graphql/person-ref.type';
import { ActionProgressType } from './action-progress.type';

@ObjectType('ActionItem', {
  description: 'A goal or an action of an engagement’s action plan (the pair only).',
})
export class ActionItemType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  engagementId!: string;

  @Field(() => String, { description: '"goal" or "action".' })
  kind!: string;

  @Field(() => String)
  title!: string;

  @Field(() => PersonRefType)
  owner!: PersonRefType;

  @Field(() => String, { nullable: true, description: 'A calendar date, YYYY-MM-DD.' })
  dueOn!: string | null;

  @Field(() => ActionItemStatus)
  status!: ActionItemStatus;

  @Field(() => [ActionProgressType], { description: 'Progress notes, oldest first.' })
  progress!: ActionProgressType[];

  @Field(() => Date)
  createdAt!: Date;
}
