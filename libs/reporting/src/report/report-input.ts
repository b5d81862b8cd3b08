import type { RankGroup, Sex, StaffCategory } from '@parity/identity';
import type { ReportDimension } from './report-dimension.enum';
import type { ReportMeasure } from './report-measure.enum';

/** Filters: each list restricts to its values (empty or absent: no restriction); all filters combine with AND. */
export interface ReportFilters {
  sexes?: readonly Sex[] | null;
  staffCategories?: readonly StaffCategory[] | null;
  rankGroups?: readonly RankGroup[] | null;
  /** Institution admins: forced to their own institution(s); another institution here is FORBIDDEN. */
  institutionIds?: readonly string[] | null;
  /** A unit and all its sub-units (materialised path). */
  unitIds?: readonly string[] | null;
  /** ISO 3166-1 alpha-2 codes of the learner's institution's country. */
  countryCodes?: readonly string[] | null;
  courseIds?: readonly string[] | null;
  /** Learner locales (en, bs, hr, sr-Latn, sr-Cyrl, cnr, mk, sq). */
  locales?: readonly string[] | null;
  /** Quiz measures only: restrict to these quizzes. */
  quizIds?: readonly string[] | null;
  /** Inclusive start of the measure's date (ISO date or date-time). */
  from?: string | Date | null;
  /** Exclusive end of the measure's date. */
  to?: string | Date | null;
}

/** One report: a measure, broken down by zero, one or two dimensions, under filters. */
export interface ReportInput {
  measure: ReportMeasure;
  /** 0–2 distinct dimensions: the first gives the rows, the second the columns. */
  dimensions: readonly ReportDimension[];
  filters?: ReportFilters | null;
  /** For the UNIT dimension: break down by the children of this unit (default: the top-level units). */
  unitParentId?: string | null;
  /** Language of labels (enum values, headers); default the viewer's own locale. */
  locale?: string | null;
}
