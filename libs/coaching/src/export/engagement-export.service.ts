import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, type Actor } from '@parity/identity';
import { CoachingAccess } from '../access/coaching-access.service';
import { loadActionItems } from '../action/action-items.query';
import { NoteCipher } from '../note/note-cipher.service';
import { NOTE_COLUMNS, toNoteRow, type RawNoteRow } from '../note/note-rows';
import { openNoteBody } from '../note/note-opener';
import type { SessionState } from '../session/session-state.enum';
import type { EngagementExportData } from './engagement-export-data';
import { EngagementPdfRenderer } from './engagement-pdf-renderer';

/**
 * The coachee's export of their engagement ('coaching.export'): sessions, shared notes and the action plan as a
 * PDF. Private notes never enter it, the coachee's own included. Each export is audited (ids only).
 */
@Injectable()
export class EngagementExport {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CoachingAccess,
    private readonly audit: AuditService,
    private readonly cipher: NoteCipher,
    private readonly renderer: EngagementPdfRenderer,
  ) {}

  async pdf(actor: Actor | null, engagementId: string): Promise<{ fileName: string; pdf: Uint8Array }> {
    const { actor: caller, engagement } = await this.access.engagement(
      actor,
      'coaching.export',
      engagementId,
    );
    const data = await this.data(caller, engagement.id, engagement.programmeId, engagement.coachId);
    const pdf = await this.renderer.render(data);
    await this.em.transactional(async (tx) => {
      this.audit.record(tx, {
        actorId: caller.userId,
        action: 'coaching.engagement.exported',
        subjectType: 'CoachingEngagement',
        subjectId: engagement.id,
        institutionId: engagement.institutionId,
        details: { programmeId: engagement.programmeId, sharedNotes: data.sharedNotes.length },
      });
    });
    return { fileName: `coaching-${engagement.id.slice(0, 8)}.pdf`, pdf };
  }

  private async data(
    coachee: Actor,
    engagementId: string,
    programmeId: string,
    coachId: string,
  ): Promise<EngagementExportData> {
    const em = this.em;
    const [people, programmes, sessions, notes, actionItems] = await Promise.all([
      em.execute<{ id: string; display_name: string; locale: string; time_zone: string }[]>(
        `select id, display_name, locale, time_zone from user_account where id in (?, ?)`,
        [coachee.userId, coachId],
      ),
      em.execute<{ name: string }[]>(`select name from coaching_programme where id = ?`, [programmeId]),
      em.execute<{ state: SessionState; starts_at: Date | null; duration_minutes: number }[]>(
        `select state, starts_at, duration_minutes from coaching_session where engagement_id = ?
          order by coalesce(starts_at, created_at), id`,
        [engagementId],
      ),
      em.execute<(RawNoteRow & { author_name: string })[]>(
        `select ${NOTE_COLUMNS}, u.display_name as author_name
           from session_note n join user_account u on u.id = n.author_id
          where n.engagement_id = ? and n.visibility = 'shared'
          order by n.created_at, n.id`,
        [engagementId],
      ),
      loadActionItems(em, { engagementIds: [engagementId] }),
    ]);
    const me = people.find((person) => person.id === coachee.userId);
    const coach = people.find((person) => person.id === coachId);
    return {
      programmeName: programmes[0]?.name ?? '',
      coachName: coach?.display_name ?? '',
      coacheeName: me?.display_name ?? '',
      locale: me?.locale ?? 'en',
      timeZone: me?.time_zone ?? 'UTC',
      exportedAt: new Date(),
      sessions: sessions.map((session) => ({
        state: session.state,
        startsAt: session.starts_at ? new Date(session.starts_at) : null,
        durationMinutes: session.duration_minutes,
      })),
      sharedNotes: notes.map((raw) => {
        const row = toNoteRow(raw);
        return {
          authorName: raw.author_name,
          createdAt: row.createdAt,
          body: openNoteBody(this.cipher, row),
        };
      }),
      actionItems,
    };
  }
}
