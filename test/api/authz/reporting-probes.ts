import { byError, type Probe } from './probes';

/** Reports: asked for the target institution's figures by filter; another institution's must be refused. */
export const REPORTING_PROBES: Record<string, Probe> = {
  report: {
    whose: ['institution', 'other'],
    run: async (c, t) =>
      byError(
        await c.gql(`query($input: ReportInput!) { report(input: $input) { grandTotal { suppressed } } }`, {
          input: {
            measure: 'ENROLMENTS',
            dimensions: ['SEX'],
            filters: { institutionIds: [t.institution.id] },
          },
        }),
      ),
  },
};
