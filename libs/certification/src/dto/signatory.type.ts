import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Signatory', {
  description: 'A person who signs certificates: name and title, printed under a line.',
})
export class SignatoryType {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  title!: string;
}
