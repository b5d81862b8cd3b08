import { AuthorizationService, type Actor } from '@parity/identity';
import { CoachingAccess } from '../access/coaching-access.service';
import type { ApplicationStatus } from './application-status.enum';
import type { CoachingProgrammeType } from './dto/coaching-programme.type';

/** One programme as the caller sees it, read in the same statement as its managers and the caller's application. */
export interface ProgrammeRow {
  id: string;
  institution_id: string;
  name: string;
  description: string | null;
  starts_on: string;
  ends_on: string;
  self_sign_up: boolean;
  managers: { id: string; displayName: string }[] | null;
  my_application: ApplicationStatus | null;
}

/**
 * Selects programmes with their managers and the caller's application (the one `?` is the caller's id): a page of
 * programmes costs one statement, whatever its size.
 */
export const PROGRAMME_SELECT = `select p.id, p.institution_id, p.name, p.description,
    to_char(p.starts_on, 'YYYY-MM-DD') as starts_on, to_char(p.ends_on, 'YYYY-MM-DD') as ends_on, p.self_sign_up,
    coalesce((select json_agg(json_build_object('id', u.id, 'displayName', u.display_name) order by u.display_name, u.id)
                from programme_manager m join user_account u on u.id = m.user_id
               where m.programme_id = p.id), '[]'::json) as managers,
    (select a.status from programme_application a where a.programme_id = p.id and a.user_id = ?) as my_application
  from coaching_programme p`;

export function toProgrammeType(row: ProgrammeRow, actor: Actor): CoachingProgrammeType {
  const managers = row.managers ?? [];
  const relations = CoachingAccess.programmeRelations(actor, {
    id: row.id,
    institutionId: row.institution_id,
    name: row.name,
    managerIds: managers.map((manager) => manager.id),
  });
  return {
    id: row.id,
    institutionId: row.institution_id,
    name: row.name,
    description: row.description,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    selfSignUp: row.self_sign_up,
    managers,
    iManage: AuthorizationService.related('coaching.programme.run', relations),
    myApplication: row.my_application,
  };
}
