import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, type Actor, type Operation, type Subject, type User } from '@parity/identity';
import { Enrolment, EnrolmentStatus } from '@parity/learning';
import { notFound } from '@parity/shared/errors';
import { enrolmentNotActive } from '../assessment.errors';
import { QuizAttempt } from './quiz-attempt.entity';

/**
 * Enrolments in which a learner may still save answers and submit: an active one, and a completed one (the course
 * can complete while an attempt of an optional quiz, a survey say, is open). Never a withdrawn or expired one; the
 * server's close at the deadline does not ask.
 */
const ANSWERING: ReadonlySet<EnrolmentStatus> = new Set([EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED]);

export function assertAnswering(enrolment: Enrolment): void {
  if (!ANSWERING.has(enrolment.status)) throw enrolmentNotActive();
}

/** "Whose" an attempt or enrolment is: its learner's. */
function learnerSubject(user: User): Subject {
  return { institutionId: user.institution.id, unitPath: user.unit?.path ?? null, ownerId: user.id };
}

/** Loads enrolments and attempts with their learner and checks the caller against the matrix (attempt.* rows). */
@Injectable()
export class AttemptAccess {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
  ) {}

  async enrolment(
    actorOrNull: Actor | null,
    enrolmentId: string,
    operation: Operation,
  ): Promise<{ actor: Actor; enrolment: Enrolment }> {
    const actor = this.authz.requireActor(actorOrNull);
    const enrolment = await this.em.findOne(Enrolment, enrolmentId, { populate: ['user', 'user.unit'] });
    if (!enrolment) throw notFound('Enrolment');
    this.authz.assert(actor, operation, learnerSubject(enrolment.user));
    return { actor, enrolment };
  }

  async attempt(
    actorOrNull: Actor | null,
    attemptId: string,
    operation: Operation,
  ): Promise<{ actor: Actor; attempt: QuizAttempt }> {
    const actor = this.authz.requireActor(actorOrNull);
    const attempt = await this.em.findOne(QuizAttempt, attemptId, {
      populate: ['enrolment', 'enrolment.user', 'enrolment.user.unit'],
    });
    if (!attempt) throw notFound('Quiz attempt');
    this.authz.assert(actor, operation, learnerSubject(attempt.enrolment.user));
    return { actor, attempt };
  }
}
