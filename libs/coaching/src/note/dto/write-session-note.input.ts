import { Field, ID, InputType } from '@nestjs/graphql';
import { NoteVisibility } from '../../graphql/enums';

@InputType('WriteSessionNoteInput')
export class WriteSessionNoteInput {
  @Field(() => ID)
  engagementId!: string;

  @Field(() => ID, { nullable: true, description: 'The session the note is about (of the same engagement).' })
  sessionId?: string | null;

  @Field(() => NoteVisibility)
  visibility!: NoteVisibility;

  @Field(() => String, { description: '1–20 000 characters; encrypted before it is stored.' })
  body!: string;
}
