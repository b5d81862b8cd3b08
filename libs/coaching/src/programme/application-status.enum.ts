/** A coachee's self-sign-up to a programme, decided by a programme manager. */
export enum ApplicationStatus {
  PENDING = 'pending',
  APPROVED = 'approved',
  DECLINED = 'declined',
}
