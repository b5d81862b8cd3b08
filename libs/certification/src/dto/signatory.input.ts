import { Field, InputType } from '@nestjs/graphql';

@InputType('SignatoryInput')
export class SignatoryInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  title!: string;
}
