import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PersonRefType } from '../../graphql/person-ref.type';

@ObjectType('ActionProgress')
export class ActionProgressType {
  @Field(() => ID)
  id!: string;

  @Field(() => PersonRefType)
  author!: PersonRefType;

  @Field(() => String)
  text!: string;

  @Field(() => Date)
  createdAt!: Date;
}
