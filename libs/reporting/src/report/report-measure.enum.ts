/**
 * What a report counts. Each measure names the date its period dimension and date range use (see docs/reporting.md):
 * enrolment measures use the enrolment date, completion measures the completion date, quiz measures the attempt's
 * submission date, certificate measures the issue date, coaching measures the engagement's start or the session's.
 */
export enum ReportMeasure {
  /** Enrolments started (date: enrolled_at). People: distinct learners. */
  ENROLMENTS = 'enrolments',
  /** Enrolments completed (date: completed_at). */
  COMPLETIONS = 'completions',
  /** Completed ÷ all enrolments, in % (date: enrolled_at). */
  COMPLETION_RATE = 'completion_rate',
  /** Completed on or before the due date ÷ enrolments with a due date, in % (date: enrolled_at). */
  ON_TIME_COMPLETION_RATE = 'on_time_completion_rate',
  /** Active enrolments past their due date now (date: enrolled_at). */
  OVERDUE = 'overdue',
  /** Learners whose best attempt at a quiz passed ÷ learners who attempted it, in %, per (learner, quiz) (date: submitted_at). */
  QUIZ_PASS_RATE = 'quiz_pass_rate',
  /** Average of each learner's best score per quiz, in % (date: submitted_at). */
  QUIZ_AVERAGE_BEST_SCORE = 'quiz_average_best_score',
  /** Average post-test minus pre-test score, paired per learner and enrolment, in points (date: enrolled_at). */
  KNOWLEDGE_GAIN = 'knowledge_gain',
  /** Certificates issued (date: issued_at). */
  CERTIFICATES_ISSUED = 'certificates_issued',
  /** Certificates valid now: not revoked, not expired (date: issued_at). */
  CERTIFICATES_VALID = 'certificates_valid',
  /** Certificates expired now: expiry date passed, not revoked (date: issued_at). */
  CERTIFICATES_EXPIRED = 'certificates_expired',
  /** Average days from enrolment to completion of completed enrolments (date: completed_at). */
  DAYS_TO_COMPLETE = 'days_to_complete',
  /**
   * Coaching engagements started: the coach accepted and the coachee confirmed, whatever happened since (date: when
   * the second did). People: distinct coachees. No course: the COURSE dimension and filter do not apply.
   */
  COACHING_ENGAGEMENTS = 'coaching_engagements',
  /** Coaching sessions recorded as held (date: the session's start). People: distinct coachees. No course. */
  COACHING_SESSIONS_HELD = 'coaching_sessions_held',
}
