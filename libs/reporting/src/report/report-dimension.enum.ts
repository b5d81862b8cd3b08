/** What a report breaks a measure down by (up to two at once); every dimension is also a filter. */
export enum ReportDimension {
  SEX = 'sex',
  STAFF_CATEGORY = 'staff_category',
  RANK_GROUP = 'rank_group',
  INSTITUTION = 'institution',
  /** Top-level units, or the children of ReportInput.unitParentId; each includes its sub-units. */
  UNIT = 'unit',
  COUNTRY = 'country',
  COURSE = 'course',
  /** Period of the measure's date (see ReportMeasure), as YYYY-MM, YYYY-Qn or YYYY. */
  MONTH = 'month',
  QUARTER = 'quarter',
  YEAR = 'year',
  /** The learner's preferred language (locale). */
  LANGUAGE = 'language',
}
