import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@parity/learning';

@ObjectType('AttemptOption', { description: 'A choice, an item to match or order, or a match target.' })
export class AttemptOptionType {
  @Field(() => ID, { description: 'Opaque per attempt.' })
  id!: string;

  @Field(() => LocalizedText)
  text!: LocalizedText;
}
