import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@parity/identity';
import { SessionNoteType } from './session-note.type';

@ObjectType('SessionNoteConnection')
export class SessionNoteConnectionType {
  @Field(() => [SessionNoteType])
  nodes!: SessionNoteType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
