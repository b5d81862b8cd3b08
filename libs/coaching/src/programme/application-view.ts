import type { ApplicationStatus } from './application-status.enum';
import type { ProgrammeApplicationType } from './dto/programme-application.type';
import { sqlDateRequired } from './sql-date';

export interface ApplicationRow {
  id: string;
  programme_id: string;
  user_id: string;
  display_name: string;
  status: ApplicationStatus;
  created_at: Date | string;
}

export const APPLICATION_SELECT = `select a.id, a.programme_id, a.user_id, u.display_name, a.status, a.created_at
  from programme_application a join user_account u on u.id = a.user_id`;

export const toApplicationType = (row: ApplicationRow): ProgrammeApplicationType => ({
  id: row.id,
  programmeId: row.programme_id,
  person: { id: row.user_id, displayName: row.display_name },
  status: row.status,
  createdAt: sqlDateRequired(row.created_at),
});
