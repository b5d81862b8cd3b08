/**
 * How the enrolment came about: the learner enrolled, an admin or trainer assigned the course, or the course's
 * certificate is about to expire and a renewal cycle opened.
 */
export enum EnrolmentSource {
  SELF = 'self',
  ASSIGNED = 'assigned',
  RENEWAL = 'renewal',
}
