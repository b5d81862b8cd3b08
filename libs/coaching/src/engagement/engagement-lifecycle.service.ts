import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, type Actor, type Operation, type Relation } from '@parity/identity';
import { DomainError, parseInput } from '@parity/shared/errors';
import { EmailOutbox, type EmailMessage } from '@parity/shared/mail';
import { EventOutbox, EventTopic } from '@parity/shared/queue';
import { CoachingAccess, type EngagementFacts } from '../access/coaching-access.service';
import { CoachingErrorCode, engagementStateConflict, notEnoughSessions } from '../coaching.errors';
import type { EngagementSummaryType } from './dto/engagement-summary.type';
import { EngagementQueryService } from './engagement-query.service';
import { EngagementState } from './engagement-state.enum';
import { endReasonSchema } from './propose-engagement.schema';
import { OpenSessionsCloser } from '../session/open-sessions-closer.service';

interface Locked {
  actor: Actor;
  engagement: EngagementFacts;
  relations: Set<Relation>;
}

/**
 * An engagement's transitions. Each one locks the engagement's row (`for update`) inside its transaction, so two
 * requests at once run one after the other and the second sees the first's state. A step one already took is
 * answered again (a double click changes nothing); any other wrong state is ENGAGEMENT_STATE_CONFLICT.
 *
 * proposed --accept (coach) + accept (coachee)--> active --mark (coach), confirm (coachee)--> completed
 * proposed --decline--> declined;   proposed | active --end--> ended_early
 */
@Injectable()
export class EngagementLifecycleService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CoachingAccess,
    private readonly audit: AuditService,
    private readonly outbox: EventOutbox,
    private readonly query: EngagementQueryService,
    private readonly sessions: OpenSessionsCloser,
    private readonly mail: EmailOutbox,
  ) {}

  /** The coach accepts, the coachee confirms (either first); with both, the engagement is active. */
  accept(actor: Actor | null, id: string): Promise<EngagementSummaryType> {
    return this.transition(
      actor,
      'coaching.engagement.respond',
      id,
      async (tx, { engagement, relations }) => {
        if (engagement.state === EngagementState.ACTIVE) return;
        if (engagement.state !== EngagementState.PROPOSED) throw engagementStateConflict(engagement.state);
        const [mine, theirs] = relations.has('coach')
          ? ['coach_accepted_at', 'coachee_confirmed_at']
          : ['coachee_confirmed_at', 'coach_accepted_at'];
        await tx.execute(
          `update coaching_engagement
            set ${mine} = coalesce(${mine}, now()),
                state = case when ${theirs} is not null then 'active'::engagement_state else state end,
                updated_at = now()
          where id = ?`,
          [id],
        );
      },
    );
  }

  decline(actor: Actor | null, id: string): Promise<EngagementSummaryType> {
    return this.transition(actor, 'coaching.engagement.respond', id, async (tx, { engagement }) => {
      if (engagement.state === EngagementState.DECLINED) return;
      if (engagement.state !== EngagementState.PROPOSED) throw engagementStateConflict(engagement.state);
      await tx.execute(
        `update coaching_engagement set state = 'declined', ended_at = now(), updated_at = now() where id = ?`,
        [id],
      );
    });
  }

  /** The coach marks an active engagement complete once enough sessions were held. */
  markComplete(actor: Actor | null, id: string): Promise<EngagementSummaryType> {
    return this.transition(actor, 'coaching.engagement.mark-complete', id, async (tx, { engagement }) => {
      if (engagement.state === EngagementState.COMPLETED) return;
      if (engagement.state !== EngagementState.ACTIVE) throw engagementStateConflict(engagement.state);
      const [row] = await tx.execute<{ held: number; marked: boolean }[]>(
        `select (select count(*) from coaching_session s where s.engagement_id = e.id and s.state = 'held')::int as held,
                e.coach_completed_at is not null as marked
           from coaching_engagement e where e.id = ?`,
        [id],
      );
      if (row?.marked) return;
      const held = row?.held ?? 0;
      if (held < engagement.plannedSessions) throw notEnoughSessions(held, engagement.plannedSessions);
      await tx.execute(
        `update coaching_engagement set coach_completed_at = now(), updated_at = now() where id = ?`,
        [id],
      );
    });
  }

  /**
   * The coachee confirms what the coach marked: the engagement is completed and, in the same transaction, the
   * outbox records the event a certificate of participation is issued from (once: its key is the engagement's).
   */
  async confirmComplete(actor: Actor | null, id: string): Promise<EngagementSummaryType> {
    let eventId: string | null = null;
    const summary = await this.transition(
      actor,
      'coaching.engagement.confirm-complete',
      id,
      async (tx, { actor: caller, engagement }) => {
        if (engagement.state === EngagementState.COMPLETED) return;
        if (engagement.state !== EngagementState.ACTIVE) throw engagementStateConflict(engagement.state);
        const [row] = await tx.execute<{ marked: boolean }[]>(
          `select coach_completed_at is not null as marked from coaching_engagement where id = ?`,
          [id],
        );
        if (!row?.marked) {
          throw new DomainError(
            CoachingErrorCode.ENGAGEMENT_STATE_CONFLICT,
            'The coach has not marked the engagement complete yet.',
          );
        }
        await tx.execute(
          `update coaching_engagement set state = 'completed', completed_at = now(), updated_at = now() where id = ?`,
          [id],
        );
        eventId = await this.outbox.write(tx, EventTopic.engagementCompleted, `engagement-completed:${id}`, {
          engagementId: id,
          coacheeId: engagement.coacheeId,
        });
        return this.sessions.close(tx, engagement, caller.userId);
      },
    );
    if (eventId) await this.outbox.dispatch([eventId]);
    return summary;
  }

  /** Ends a proposed or active engagement early, with a reason; audited when a runner (not the pair) ends it. */
  end(actor: Actor | null, id: string, reason: string): Promise<EngagementSummaryType> {
    const input = parseInput(endReasonSchema, { reason });
    return this.transition(
      actor,
      'coaching.engagement.end',
      id,
      async (tx, { actor: caller, engagement, relations }) => {
        if (engagement.state !== EngagementState.PROPOSED && engagement.state !== EngagementState.ACTIVE) {
          throw engagementStateConflict(engagement.state);
        }
        await tx.execute(
          `update coaching_engagement set state = 'ended_early', ended_at = now(), ended_reason = ?, updated_at = now()
            where id = ?`,
          [input.reason, id],
        );
        if (!CoachingAccess.byThePair(relations)) {
          this.audit.record(tx, {
            actorId: caller.userId,
            action: 'coaching-engagement.ended',
            subjectType: 'CoachingEngagement',
            subjectId: id,
            institutionId: engagement.institutionId,
            details: { programmeId: engagement.programmeId, previousState: engagement.state },
          });
        }
        return this.sessions.close(tx, engagement, caller.userId);
      },
    );
  }

  /** Runs `step` with the engagement locked and decided for `operation`; answers its summary after the commit. */
  private async transition(
    actorOrNull: Actor | null,
    operation: Operation,
    id: string,
    step: (tx: EntityManager, locked: Locked) => Promise<EmailMessage[] | void>,
  ): Promise<EngagementSummaryType> {
    const { callerId, messages } = await this.em.transactional(async (tx) => {
      const locked = await this.access.engagement(actorOrNull, operation, id, tx, true);
      const written = await step(tx, locked);
      return { callerId: locked.actor.userId, messages: written ?? [] };
    });
    await this.mail.dispatch(messages);
    return this.query.summary(this.em, id, callerId);
  }
}
