/** How the enrolment came about: the learner enrolled, or an admin or trainer assigned the course. */
export enum EnrolmentSource {
  SELF = 'self',
  ASSIGNED = 'assigned',
}
