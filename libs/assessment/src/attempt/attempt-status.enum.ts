/** in_progress → submitted (by the learner, or by the server at the deadline); never back. */
export enum AttemptStatus {
  IN_PROGRESS = 'in_progress',
  SUBMITTED = 'submitted',
}
