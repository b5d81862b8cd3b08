import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { AuditService, type Actor } from '@parity/identity';
import { badInput, parseInput } from '@parity/shared/errors';
import { CoachingAccess, type ProgrammeFacts } from '../access/coaching-access.service';
import { coachUnavailable, engagementAlreadyOpen } from '../coaching.errors';
import type { EngagementSummaryType } from './dto/engagement-summary.type';
import { EngagementQueryService } from './engagement-query.service';
import { proposeEngagementSchema } from './propose-engagement.schema';

/**
 * A programme's runners propose a coach for a coachee ('coaching.programme.run', audited). The coach must hold the
 * COACH role and have a profile that accepts and has room; the coachee is an active person of the programme's
 * institution or an approved applicant. One open engagement per coachee and programme is the partial unique index
 * `coaching_engagement_open_unique`, so two proposals at once cannot both succeed.
 */
@Injectable()
export class EngagementProposalService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CoachingAccess,
    private readonly audit: AuditService,
    private readonly query: EngagementQueryService,
  ) {}

  async propose(actorOrNull: Actor | null, raw: unknown): Promise<EngagementSummaryType> {
    const input = parseInput(proposeEngagementSchema, raw);
    const id = randomUUID();
    let callerId: string;
    try {
      callerId = await this.em.transactional(async (tx) => {
        const { actor, programme } = await this.access.programme(
          actorOrNull,
          'coaching.programme.run',
          input.programmeId,
          tx,
        );
        await this.lockAvailableCoach(tx, input.coachId);
        await this.checkCoachee(tx, programme, input.coacheeId);
        await tx.execute(
          `insert into coaching_engagement (id, created_at, programme_id, coach_id, coachee_id, planned_sessions,
                                            starts_on, ends_on, state, proposed_by_id)
           values (?, now(), ?, ?, ?, ?, ?, ?, 'proposed', ?)`,
          [
            id,
            programme.id,
            input.coachId,
            input.coacheeId,
            input.plannedSessions,
            input.startsOn,
            input.endsOn,
            actor.userId,
          ],
        );
        this.audit.record(tx, {
          actorId: actor.userId,
          action: 'coaching-engagement.proposed',
          subjectType: 'CoachingEngagement',
          subjectId: id,
          institutionId: programme.institutionId,
          details: {
            programmeId: programme.id,
            coachId: input.coachId,
            coacheeId: input.coacheeId,
            plannedSessions: input.plannedSessions,
          },
        });
        return actor.userId;
      });
    } catch (error) {
      throw error instanceof UniqueConstraintViolationException ? engagementAlreadyOpen() : error;
    }
    return this.query.summary(this.em, id, callerId);
  }

  /**
   * Locks the coach's profile for this transaction (proposals for one coach queue up, so their load cannot be
   * overrun by two at once) and refuses a coach without the role, a profile, acceptance or room.
   */
  private async lockAvailableCoach(tx: EntityManager, coachId: string): Promise<void> {
    const [coach] = await tx.execute<
      { max_engagements: number; accepting: boolean; active: boolean; is_coach: boolean }[]
    >(
      `select cp.max_engagements, cp.accepting, u.status = 'active' as active,
              exists (select 1 from role_assignment r where r.user_id = cp.user_id and r.role = 'coach') as is_coach
         from coach_profile cp join user_account u on u.id = cp.user_id
        where cp.user_id = ? for update of cp`,
      [coachId],
    );
    if (!coach || !coach.accepting || !coach.active || !coach.is_coach) throw coachUnavailable();
    const [load] = await tx.execute<{ open: number }[]>(
      `select count(*)::int as open from coaching_engagement where coach_id = ? and state in ('proposed', 'active')`,
      [coachId],
    );
    if ((load?.open ?? 0) >= coach.max_engagements) throw coachUnavailable();
  }

  private async checkCoachee(tx: EntityManager, programme: ProgrammeFacts, coacheeId: string): Promise<void> {
    const [coachee] = await tx.execute<{ id: string }[]>(
      `select u.id from user_account u
        where u.id = ? and u.status <> 'disabled'
          and ((u.institution_id = ? and u.status = 'active')
               or exists (select 1 from programme_application a
                           where a.programme_id = ? and a.user_id = u.id and a.status = 'approved'))`,
      [coacheeId, programme.institutionId, programme.id],
    );
    if (!coachee) {
      throw badInput(
        [{ field: 'coacheeId', code: 'INVALID' }],
        'The coachee must be an active person of the programme’s institution or an approved applicant.',
      );
    }
  }
}
