import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, AuthorizationService, type Actor, type Relation } from '@parity/identity';
import { clampPageSize, decodeCursor, encodeCursor, isUuid } from '@parity/shared/database';
import { badInput, notFound, parseInput } from '@parity/shared/errors';
import { CoachingAccess, type EngagementFacts } from '../access/coaching-access.service';
import { engagementStateConflict } from '../coaching.errors';
import { EngagementState } from '../engagement/engagement-state.enum';
import { NoteCipher } from './note-cipher.service';
import { updateNoteSchema, writeNoteSchema } from './note-input.schema';
import { openNoteBody } from './note-opener';
import { bindingOf, findNoteRow, NOTE_COLUMNS, toNoteRow, type RawNoteRow } from './note-rows';
import type { NoteRow, NoteView } from './note-view';

export interface NotePage {
  nodes: NoteView[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Coaching notes: the pair write them, each reads their own private notes and the shared ones; only the author
 * changes or deletes a note. Bodies are sealed by NoteCipher before SQL and opened only by the body field resolver;
 * nothing here logs, audits or throws a body (audit records carry ids and the visibility).
 */
@Injectable()
export class SessionNotes {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CoachingAccess,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
    private readonly cipher: NoteCipher,
  ) {}

  /** The caller's own private notes and every shared note of the engagement, newest first. */
  async list(
    actor: Actor | null,
    engagementId: string,
    input: { first?: number | null; after?: string | null },
  ): Promise<NotePage> {
    const first = clampPageSize(input.first);
    const cursor = input.after ? decodeCursor(input.after, ['timestamp', 'uuid'] as const) : null;
    const { actor: caller, relations } = await this.access.engagement(
      actor,
      'coaching.note.list',
      engagementId,
    );
    const raws = await this.em.execute<(RawNoteRow & { created: string })[]>(
      `select ${NOTE_COLUMNS},
              to_char(n.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created
         from session_note n
        where n.engagement_id = ? and (n.visibility = 'shared' or n.author_id = ?)
          ${cursor ? 'and (n.created_at, n.id) < (?::timestamptz, ?::uuid)' : ''}
        order by n.created_at desc, n.id desc limit ?`,
      [engagementId, caller.userId, ...(cursor ?? []), first + 1],
    );
    const page = raws.slice(0, first);
    const last = page.at(-1);
    return {
      nodes: page.map((raw) => SessionNotes.view(caller, relations, toNoteRow(raw))),
      endCursor: last ? encodeCursor([last.created, last.id]) : null,
      hasNextPage: raws.length > first,
    };
  }

  /** A new note by one of the pair, on an active engagement (and, if named, one of its sessions). */
  async write(actor: Actor | null, raw: unknown): Promise<NoteView> {
    const input = parseInput(writeNoteSchema, raw);
    return this.em.transactional(async (tx) => {
      const {
        actor: caller,
        engagement,
        relations,
      } = await this.access.engagement(actor, 'coaching.note.write', input.engagementId, tx, true);
      // Locked: a completion or end committed meanwhile is seen here, so no note lands on a closed engagement.
      SessionNotes.requireActive(engagement);
      if (input.sessionId) await this.requireSessionOf(tx, input.sessionId, engagement.id);
      const id = randomUUID();
      const sealed = this.cipher.encrypt(
        { noteId: id, authorId: caller.userId, engagementId: engagement.id, visibility: input.visibility },
        input.body,
      );
      const [inserted] = await tx.execute<RawNoteRow[]>(
        `insert into session_note as n (id, created_at, engagement_id, session_id, author_id, visibility, key_id,
                                        body_ciphertext)
         values (?, now(), ?, ?, ?, ?, ?, ?) returning ${NOTE_COLUMNS}`,
        [
          id,
          engagement.id,
          input.sessionId ?? null,
          caller.userId,
          input.visibility,
          sealed.keyId,
          sealed.ciphertext,
        ],
      );
      return SessionNotes.view(caller, relations, toNoteRow(inserted as RawNoteRow));
    });
  }

  /**
   * The author changes the text and/or who reads it. The visibility is bound into the ciphertext, so the body is
   * always sealed again for the row as it will be (row locked, fresh nonce, current key). The stored body must open
   * first: a row tampered with in SQL (say flipped to shared) is refused, so an edit never seals new words for
   * readers the author did not choose.
   */
  async update(actor: Actor | null, raw: unknown): Promise<NoteView> {
    const input = parseInput(updateNoteSchema, raw);
    return this.em.transactional(async (tx) => {
      const { caller, note, relations, engagement } = await this.authorOf(tx, actor, input.id);
      const visibility = input.visibility ?? note.visibility;
      const current = openNoteBody(this.cipher, note);
      const sealed = this.cipher.encrypt({ ...bindingOf(note), visibility }, input.body ?? current);
      const [updated] = await tx.execute<RawNoteRow[]>(
        `update session_note as n set visibility = ?, key_id = ?, body_ciphertext = ?, updated_at = now()
          where n.id = ? returning ${NOTE_COLUMNS}`,
        [visibility, sealed.keyId, sealed.ciphertext, note.id],
      );
      if (visibility !== note.visibility) {
        this.audit.record(tx, {
          actorId: caller.userId,
          action: 'coaching.note.visibility-changed',
          subjectType: 'SessionNote',
          subjectId: note.id,
          institutionId: engagement.institutionId,
          details: { engagementId: note.engagementId, from: note.visibility, to: visibility },
        });
      }
      return SessionNotes.view(caller, relations, toNoteRow(updated as RawNoteRow));
    });
  }

  async delete(actor: Actor | null, id: string): Promise<boolean> {
    if (!isUuid(id)) throw notFound('Coaching note');
    return this.em.transactional(async (tx) => {
      const { caller, note, engagement } = await this.authorOf(tx, actor, id);
      await tx.execute(`delete from session_note where id = ?`, [note.id]);
      this.audit.record(tx, {
        actorId: caller.userId,
        action: 'coaching.note.deleted',
        subjectType: 'SessionNote',
        subjectId: note.id,
        institutionId: engagement.institutionId,
        details: { engagementId: note.engagementId, visibility: note.visibility },
      });
      return true;
    });
  }

  /** The note (locked), refused unless the caller wrote it ('coaching.note.edit'). */
  private async authorOf(
    tx: EntityManager,
    actor: Actor | null,
    id: string,
  ): Promise<{ caller: Actor; note: NoteRow; relations: Set<Relation>; engagement: EngagementFacts }> {
    const caller = this.authz.requireActor(actor);
    const note = await findNoteRow(tx, id, true);
    if (!note) throw notFound('Coaching note');
    const engagement = await this.access.engagementFacts(tx, note.engagementId);
    const relations = SessionNotes.relationsTo(caller, engagement, note);
    this.authz.assertRelated(caller, 'coaching.note.edit', relations);
    return { caller, note, relations, engagement };
  }

  private async requireSessionOf(tx: EntityManager, sessionId: string, engagementId: string): Promise<void> {
    const [session] = await tx.execute<{ id: string }[]>(
      `select id from coaching_session where id = ? and engagement_id = ?`,
      [sessionId, engagementId],
    );
    if (!session) throw badInput([{ field: 'sessionId', code: 'INVALID_VALUE' }]);
  }

  private static requireActive(engagement: EngagementFacts): void {
    if (engagement.state !== EngagementState.ACTIVE) throw engagementStateConflict(engagement.state);
  }

  /** The caller's relations to a note: their relations to its engagement, plus `author` when they wrote it. */
  static relationsTo(actor: Actor, engagement: EngagementFacts, note: NoteRow): Set<Relation> {
    const relations = CoachingAccess.engagementRelations(actor, engagement);
    if (note.authorId === actor.userId) {
      relations.add('author');
      relations.delete('stranger');
    }
    return relations;
  }

  private static view(actor: Actor, engagementRelations: ReadonlySet<Relation>, row: NoteRow): NoteView {
    const relations = new Set(engagementRelations);
    if (row.authorId === actor.userId) relations.add('author');
    return { row, relations };
  }
}
