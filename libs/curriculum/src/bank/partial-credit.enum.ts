/** Scoring of a multiple-choice question: all or nothing, or right minus wrong choices (floored at 0). */
export enum PartialCreditRule {
  NONE = 'none',
  PROPORTIONAL = 'proportional',
}
