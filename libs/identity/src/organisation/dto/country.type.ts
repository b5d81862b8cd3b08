import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Country')
export class CountryType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;
}
