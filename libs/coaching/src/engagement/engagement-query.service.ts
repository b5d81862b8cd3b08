import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, type Actor } from '@parity/identity';
import { clampPageSize, decodeCursor, encodeCursor } from '@parity/shared/database';
import { notFound } from '@parity/shared/errors';
import { CoachingAccess } from '../access/coaching-access.service';
import type { CoachingEngagementType } from './dto/coaching-engagement.type';
import type { EngagementSummaryType } from './dto/engagement-summary.type';
import type { EngagementState } from './engagement-state.enum';
import { SUMMARY_SELECT, toSummary, type EngagementSummaryRow } from './engagement-summary-view';

export interface EngagementSummaryPage {
  nodes: EngagementSummaryType[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/**
 * Engagements as summaries: the caller's own (as coach or coachee), a programme's (its runners), one engagement
 * (its pair). A page of summaries is one statement.
 */
@Injectable()
export class EngagementQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly access: CoachingAccess,
  ) {}

  async mine(
    actorOrNull: Actor | null,
    input: { first?: number | null; after?: string | null },
  ): Promise<EngagementSummaryPage> {
    const actor = this.authz.requireActor(actorOrNull);
    this.authz.assert(actor, 'coaching.mine', { institutionId: actor.institutionId, ownerId: actor.userId });
    return this.page(actor, '(e.coach_id = ? or e.coachee_id = ?)', [actor.userId, actor.userId], input);
  }

  async ofProgramme(
    actorOrNull: Actor | null,
    input: {
      programmeId: string;
      state?: EngagementState | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<EngagementSummaryPage> {
    const { actor } = await this.access.programme(actorOrNull, 'coaching.programme.run', input.programmeId);
    return input.state
      ? this.page(actor, 'e.programme_id = ? and e.state = ?', [input.programmeId, input.state], input)
      : this.page(actor, 'e.programme_id = ?', [input.programmeId], input);
  }

  /** One engagement, opened by one of its two people ('coaching.engagement.read'). */
  async one(actorOrNull: Actor | null, id: string): Promise<CoachingEngagementType> {
    const { actor } = await this.access.engagement(actorOrNull, 'coaching.engagement.read', id);
    return { id, summary: await this.summary(this.em, id, actor.userId) };
  }

  /** The summary of an engagement the caller was already allowed to touch (no check of its own). */
  async summary(em: EntityManager, id: string, callerId: string): Promise<EngagementSummaryType> {
    const [row] = await em.execute<EngagementSummaryRow[]>(`${SUMMARY_SELECT} where e.id = ?`, [id]);
    if (!row) throw notFound('Coaching engagement');
    return toSummary(row, callerId);
  }

  private async page(
    actor: Actor,
    where: string,
    params: unknown[],
    input: { first?: number | null; after?: string | null },
  ): Promise<EngagementSummaryPage> {
    const first = clampPageSize(input.first);
    const cursor = input.after ? decodeCursor(input.after, ['timestamp', 'uuid'] as const) : null;
    const rows = await this.em.execute<EngagementSummaryRow[]>(
      `${SUMMARY_SELECT} where ${where}
         ${cursor ? 'and (e.created_at, e.id) < (?::timestamptz, ?::uuid)' : ''}
       order by e.created_at desc, e.id desc limit ?`,
      [...params, ...(cursor ?? []), first + 1],
    );
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return {
      nodes: page.map((row) => toSummary(row, actor.userId)),
      pageInfo: {
        endCursor: last ? encodeCursor([last.created, last.id]) : null,
        hasNextPage: rows.length > first,
      },
    };
  }
}
