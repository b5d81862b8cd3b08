import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class ChangeMyPasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String)
  newPassword!: string;
}
