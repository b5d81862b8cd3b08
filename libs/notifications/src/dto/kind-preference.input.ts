import { Field, InputType } from '@nestjs/graphql';

@InputType('KindPreferenceInput')
export class KindPreferenceInput {
  @Field(() => String)
  kind!: string;

  @Field(() => Boolean)
  email!: boolean;

  @Field(() => Boolean)
  inApp!: boolean;
}
