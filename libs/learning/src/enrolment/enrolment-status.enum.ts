/** active → completed (rules met) | expired (past its due date, when the course says so) | withdrawn (by an admin). */
export enum EnrolmentStatus {
  ACTIVE = 'active',
  COMPLETED = 'completed',
  EXPIRED = 'expired',
  WITHDRAWN = 'withdrawn',
}
