import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CountryType } from './country.type';

@ObjectType('Institution')
export class InstitutionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  shortName!: string;

  @Field(() => CountryType)
  country!: CountryType;
}
