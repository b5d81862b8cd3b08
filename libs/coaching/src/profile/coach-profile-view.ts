import type { CoachProfileType } from './dto/coach-profile.type';

export interface CoachProfileRow {
  user_id: string;
  display_name: string;
  expertise: string[];
  languages: string[];
  availability: string | null;
  max_engagements: number;
  accepting: boolean;
  active_engagements: number | string;
}

/** A coach's load: their open engagements (a proposal holds a place until it is declined). */
export const COACH_LOAD = `(select count(*) from coaching_engagement e
   where e.coach_id = cp.user_id and e.state in ('proposed', 'active'))::int`;

export const PROFILE_SELECT = `select cp.user_id, u.display_name, cp.expertise, cp.languages, cp.availability,
    cp.max_engagements, cp.accepting, ${COACH_LOAD} as active_engagements
  from coach_profile cp join user_account u on u.id = cp.user_id`;

export const toCoachProfileType = (row: CoachProfileRow): CoachProfileType => ({
  userId: row.user_id,
  displayName: row.display_name,
  expertise: row.expertise,
  languages: row.languages,
  availability: row.availability,
  maxEngagements: row.max_engagements,
  accepting: row.accepting,
  activeEngagements: Number(row.active_engagements),
});
