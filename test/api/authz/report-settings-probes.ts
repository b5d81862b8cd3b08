import { minCellSize } from '@parity/reporting';
import { byError, type Probe } from './probes';

/**
 * An institution's report threshold, read and set for the target institution. The probe sets the platform minimum,
 * which changes no report (other spec files may share the database).
 */
export const REPORT_SETTINGS_PROBES: Record<string, Probe> = {
  reportSettings: {
    whose: ['institution', 'other'],
    run: async (c, t) =>
      byError(
        await c.gql(`query($id: ID!) { reportSettings(institutionId: $id) { minCellSize } }`, {
          id: t.institution.id,
        }),
      ),
  },
  setReportMinCellSize: {
    whose: ['institution', 'other'],
    run: async (c, t) =>
      byError(
        await c.gql(
          `mutation($input: SetReportMinCellSizeInput!) { setReportMinCellSize(input: $input) { minCellSize } }`,
          { input: { institutionId: t.institution.id, minCellSize: minCellSize() } },
        ),
      ),
  },
};
