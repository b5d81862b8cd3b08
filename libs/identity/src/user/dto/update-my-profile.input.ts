import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  locale?: string | null;

  @Field(() => String, { nullable: true })
  timeZone?: string | null;
}
