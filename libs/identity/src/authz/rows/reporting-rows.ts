import { Role } from '../role.enum';
import type { OperationRule } from '../whose';

/**
 * Reporting: aggregate figures only (never person-level rows), small cells suppressed. Institution admins see their
 * own institution ("institution"; a filter naming another is refused); platform admins the whole region ("other").
 */
export const REPORTING_ROWS = {
  'report.run': {
    description:
      'Run an aggregate report (a measure by up to two dimensions; small cells suppressed; audited): one’s own institution, or the region for platform admins',
    rootFields: ['report'],
    allow: { [Role.INSTITUTION_ADMIN]: ['institution'], [Role.PLATFORM_ADMIN]: ['institution', 'other'] },
  },
  'report.export': {
    description:
      'Download a report as CSV, XLSX or a PDF summary (GET /reports/export.csv, export.xlsx, summary.pdf; same scope and suppression; audited)',
    rootFields: [],
    allow: { [Role.INSTITUTION_ADMIN]: ['institution'], [Role.PLATFORM_ADMIN]: ['institution', 'other'] },
  },
  'report.settings.read': {
    description:
      'Read an institution’s small-cell threshold: one’s own institution, or any for platform admins',
    rootFields: ['reportSettings'],
    allow: { [Role.INSTITUTION_ADMIN]: ['institution'], [Role.PLATFORM_ADMIN]: ['institution', 'other'] },
  },
  'report.settings.update': {
    description:
      'Raise an institution’s small-cell threshold (never below the platform minimum; audited): one’s own institution, or any for platform admins',
    rootFields: ['setReportMinCellSize'],
    allow: { [Role.INSTITUTION_ADMIN]: ['institution'], [Role.PLATFORM_ADMIN]: ['institution', 'other'] },
  },
} satisfies Record<string, OperationRule>;
