import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { NoteVisibility } from '../graphql/enums';
import { SessionNoteConnectionType } from './dto/session-note-connection.type';
import { SessionNoteType } from './dto/session-note.type';
import { WriteSessionNoteInput } from './dto/write-session-note.input';
import type { NoteView } from './note-view';
import { SessionNotes } from './session-notes.service';

/** The notes' root fields; their fields are resolved (and checked) by SessionNoteFieldsResolver. */
@Resolver(() => SessionNoteType)
export class SessionNoteResolver {
  constructor(private readonly notes: SessionNotes) {}

  @Query(() => SessionNoteConnectionType, {
    description:
      'An engagement’s notes the caller may read: their own private notes and the shared ones, newest first.',
  })
  async sessionNotes(
    @Args('engagementId', { type: () => ID }) engagementId: string,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Context() ctx: GqlContext,
  ): Promise<{ nodes: NoteView[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } }> {
    const page = await this.notes.list(ctx.actor, engagementId, { first, after });
    return { nodes: page.nodes, pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage } };
  }

  @Mutation(() => SessionNoteType, {
    description: 'Writes a note (private or shared) on an active engagement.',
  })
  writeSessionNote(
    @Args('input', { type: () => WriteSessionNoteInput }) input: WriteSessionNoteInput,
    @Context() ctx: GqlContext,
  ): Promise<NoteView> {
    return this.notes.write(ctx.actor, input);
  }

  @Mutation(() => SessionNoteType, {
    description: 'Changes a note’s text and/or visibility (its author only).',
  })
  updateSessionNote(
    @Args('id', { type: () => ID }) id: string,
    @Args('body', { type: () => String, nullable: true }) body: string | null,
    @Args('visibility', { type: () => NoteVisibility, nullable: true }) visibility: NoteVisibility | null,
    @Context() ctx: GqlContext,
  ): Promise<NoteView> {
    return this.notes.update(ctx.actor, { id, body, visibility });
  }

  @Mutation(() => Boolean, { description: 'Deletes a note (its author only).' })
  deleteSessionNote(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.notes.delete(ctx.actor, id);
  }
}
