import type { Subject } from '@parity/identity';
import type { Enrolment } from './enrolment.entity';

/** An enrolment as an authorisation subject: its learner (their institution, unit, and themselves). */
export function enrolmentSubject(enrolment: Enrolment): Subject {
  const learner = enrolment.user;
  return { institutionId: learner.institution.id, unitPath: learner.unit?.path ?? null, ownerId: learner.id };
}
