import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { loadById, User, type GqlContext } from '@parity/identity';
import { NoteVisibility } from '../graphql/enums';
import { PersonRefType } from '../graphql/person-ref.type';
import { SessionNoteType } from './dto/session-note.type';
import { NoteCipher } from './note-cipher.service';
import { assertNoteField } from './note-field-access';
import { openNoteBody } from './note-opener';
import type { NoteView } from './note-view';

/**
 * Every field of SessionNote, each resolved only after its rule in NOTE_FIELD_ACCESS passes for the caller's
 * relations to the note. The body is decrypted here, for one reader, at the last moment.
 */
@Resolver(() => SessionNoteType)
export class SessionNoteFieldsResolver {
  constructor(
    private readonly cipher: NoteCipher,
    private readonly em: EntityManager,
  ) {}

  @ResolveField(() => ID)
  id(@Parent() note: NoteView): string {
    assertNoteField(note, 'id');
    return note.row.id;
  }

  @ResolveField(() => ID)
  engagementId(@Parent() note: NoteView): string {
    assertNoteField(note, 'engagementId');
    return note.row.engagementId;
  }

  @ResolveField(() => ID, { nullable: true })
  sessionId(@Parent() note: NoteView): string | null {
    assertNoteField(note, 'sessionId');
    return note.row.sessionId;
  }

  @ResolveField(() => PersonRefType)
  async author(@Parent() note: NoteView, @Context() ctx: GqlContext): Promise<PersonRefType> {
    assertNoteField(note, 'author');
    const user = await loadById(ctx.loaders, this.em, User, note.row.authorId);
    return { id: user.id, displayName: user.displayName };
  }

  @ResolveField(() => NoteVisibility)
  visibility(@Parent() note: NoteView): NoteVisibility {
    assertNoteField(note, 'visibility');
    return note.row.visibility;
  }

  @ResolveField(() => String)
  body(@Parent() note: NoteView): string {
    assertNoteField(note, 'body');
    return openNoteBody(this.cipher, note.row);
  }

  @ResolveField(() => Date)
  createdAt(@Parent() note: NoteView): Date {
    assertNoteField(note, 'createdAt');
    return note.row.createdAt;
  }

  @ResolveField(() => Date, { nullable: true })
  updatedAt(@Parent() note: NoteView): Date | null {
    assertNoteField(note, 'updatedAt');
    return note.row.updatedAt;
  }
}
