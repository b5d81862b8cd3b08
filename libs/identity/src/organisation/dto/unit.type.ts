import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InstitutionType } from './institution.type';

@ObjectType('Unit')
export class UnitType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => InstitutionType)
  institution!: InstitutionType;
}
