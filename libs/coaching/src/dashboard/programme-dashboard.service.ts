import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@parity/identity';
import { CoachingAccess } from '../access/coaching-access.service';
import { EngagementState } from '../engagement/engagement-state.enum';
import type { ProgrammeDashboardType } from './dto/programme-dashboard.type';

/**
 * Averages of feedback from fewer coachees than this stay hidden: many answers of one or two people would show
 * their own ratings. Shown averages are rounded to one decimal, which blunts reading one new answer off the change.
 */
export const MIN_FEEDBACK_COACHEES = 3;

const round1 = (value: string | number | null): number | null =>
  value === null ? null : Math.round(Number(value) * 10) / 10;

/** The programme dashboard of its runners ('coaching.programme.run'): aggregates only, in four statements. */
@Injectable()
export class ProgrammeDashboardService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CoachingAccess,
  ) {}

  async dashboard(actor: Actor | null, programmeId: string): Promise<ProgrammeDashboardType> {
    await this.access.programme(actor, 'coaching.programme.run', programmeId);
    const connection = this.em.getConnection();
    const [states, months, totals, feedback] = await Promise.all([
      connection.execute<{ state: EngagementState; count: number }[]>(
        `select state, count(*)::int as count from coaching_engagement where programme_id = ? group by state`,
        [programmeId],
      ),
      connection.execute<{ month: string; count: number }[]>(
        `select to_char(m.month, 'YYYY-MM') as month, count(s.id)::int as count
           from generate_series(date_trunc('month', now() at time zone 'UTC') - interval '11 months',
                                date_trunc('month', now() at time zone 'UTC'), interval '1 month') as m(month)
           left join (coaching_session s join coaching_engagement e on e.id = s.engagement_id and e.programme_id = ?)
             on s.state = 'held' and date_trunc('month', s.starts_at at time zone 'UTC') = m.month
          group by m.month order by m.month`,
        [programmeId],
      ),
      connection.execute<{ held: number; planned: number }[]>(
        `select (select count(*) from coaching_session s join coaching_engagement e on e.id = s.engagement_id
                  where e.programme_id = ? and s.state = 'held')::int as held,
                (select coalesce(sum(planned_sessions), 0) from coaching_engagement
                  where programme_id = ? and state in ('active', 'completed'))::int as planned`,
        [programmeId, programmeId],
      ),
      connection.execute<
        {
          responses: number;
          coachees: number;
          usefulness: string | null;
          relevance: string | null;
          confidence: string | null;
        }[]
      >(
        `select count(*)::int as responses, count(distinct e.coachee_id)::int as coachees, avg(f.usefulness) as usefulness, avg(f.relevance) as relevance,
                avg(f.confidence) as confidence
           from session_feedback f join coaching_engagement e on e.id = f.engagement_id
          where e.programme_id = ?`,
        [programmeId],
      ),
    ]);
    const byState = new Map(states.map((row) => [row.state, row.count]));
    const answers = feedback[0];
    const responses = answers?.responses ?? 0;
    const shown = (answers?.coachees ?? 0) >= MIN_FEEDBACK_COACHEES;
    return {
      programmeId,
      engagementsByState: Object.values(EngagementState).map((state) => ({
        state,
        count: byState.get(state) ?? 0,
      })),
      sessionsHeldByMonth: months,
      feedback: {
        responses,
        usefulness: shown ? round1(answers?.usefulness ?? null) : null,
        relevance: shown ? round1(answers?.relevance ?? null) : null,
        confidence: shown ? round1(answers?.confidence ?? null) : null,
      },
      sessionsHeld: totals[0]?.held ?? 0,
      sessionsPlanned: totals[0]?.planned ?? 0,
    };
  }
}
