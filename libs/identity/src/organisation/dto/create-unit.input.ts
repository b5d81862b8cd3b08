import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateUnitInput {
  @Field(() => ID)
  institutionId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}
