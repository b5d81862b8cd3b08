import type { EngagementState } from './engagement-state.enum';
import type { EngagementSummaryType } from './dto/engagement-summary.type';
import { sqlDate } from '../programme/sql-date';

export interface EngagementSummaryRow {
  id: string;
  programme_id: string;
  programme_name: string;
  coach_id: string;
  coach_name: string;
  coachee_id: string;
  coachee_name: string;
  state: EngagementState;
  planned_sessions: number;
  sessions_held: number | string;
  action_items_open: number | string;
  action_items_done: number | string;
  next_session_at: Date | string | null;
  starts_on: string | null;
  ends_on: string | null;
  coach_accepted_at: Date | string | null;
  coachee_confirmed_at: Date | string | null;
  coach_completed_at: Date | string | null;
  completed_at: Date | string | null;
  created: string;
}

/**
 * Engagements with their counts in one statement (whatever the page size): sessions held, action items open (open
 * or in progress) and done, and the next scheduled session (shown to the pair only). Never an agenda, an action's title or a note.
 */
export const SUMMARY_SELECT = `select e.id, e.programme_id, p.name as programme_name,
    e.coach_id, coach.display_name as coach_name, e.coachee_id, coachee.display_name as coachee_name,
    e.state, e.planned_sessions,
    coalesce(sessions.held, 0) as sessions_held, sessions.next_at as next_session_at,
    coalesce(actions.open, 0) as action_items_open, coalesce(actions.done, 0) as action_items_done,
    to_char(e.starts_on, 'YYYY-MM-DD') as starts_on, to_char(e.ends_on, 'YYYY-MM-DD') as ends_on,
    e.coach_accepted_at, e.coachee_confirmed_at, e.coach_completed_at, e.completed_at,
    to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created
  from coaching_engagement e
  join coaching_programme p on p.id = e.programme_id
  join user_account coach on coach.id = e.coach_id
  join user_account coachee on coachee.id = e.coachee_id
  left join lateral (
    select count(*) filter (where s.state = 'held')::int as held,
           min(s.starts_at) filter (where s.state = 'scheduled' and s.starts_at > now()) as next_at
      from coaching_session s where s.engagement_id = e.id
  ) sessions on true
  left join lateral (
    select count(*) filter (where a.status in ('open', 'in_progress'))::int as open,
           count(*) filter (where a.status = 'done')::int as done
      from action_item a where a.engagement_id = e.id
  ) actions on true`;

/**
 * The summary as the caller may see it; `myRole` is their part: "coach", "coachee" or null (a manager or admin).
 * When a commander's next session is, is the pair's business: runners get counts, not the time.
 */
export function toSummary(row: EngagementSummaryRow, callerId: string): EngagementSummaryType {
  const myRole = row.coach_id === callerId ? 'coach' : row.coachee_id === callerId ? 'coachee' : null;
  return {
    id: row.id,
    programmeId: row.programme_id,
    programmeName: row.programme_name,
    coach: { id: row.coach_id, displayName: row.coach_name },
    coachee: { id: row.coachee_id, displayName: row.coachee_name },
    state: row.state,
    plannedSessions: row.planned_sessions,
    sessionsHeld: Number(row.sessions_held),
    actionItemsOpen: Number(row.action_items_open),
    actionItemsDone: Number(row.action_items_done),
    nextSessionAt: myRole ? sqlDate(row.next_session_at) : null,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    coachAcceptedAt: sqlDate(row.coach_accepted_at),
    coacheeConfirmedAt: sqlDate(row.coachee_confirmed_at),
    coachCompletedAt: sqlDate(row.coach_completed_at),
    completedAt: sqlDate(row.completed_at),
    myRole,
  };
}
