import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PersonRef', {
  description: 'A person as coaching shows them to each other: an id and a name, nothing more.',
})
export class PersonRefType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;
}
