import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NoteVisibility } from '../../graphql/enums';
import { PersonRefType } from '../../graphql/person-ref.type';

/**
 * A coaching note as its readers see it. Every field is resolved by SessionNoteFieldsResolver after the field's
 * rule in NOTE_FIELD_ACCESS (private: the author; shared: the pair); the parent object holds no readable field.
 */
@ObjectType('SessionNote')
export class SessionNoteType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  engagementId!: string;

  @Field(() => ID, { nullable: true })
  sessionId!: string | null;

  @Field(() => PersonRefType)
  author!: PersonRefType;

  @Field(() => NoteVisibility)
  visibility!: NoteVisibility;

  @Field(() => String, { description: 'The text, decrypted for this reader only.' })
  body!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;
}
