import { isUuid } from '@parity/shared/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Quiz } from '@parity/curriculum';
import { AuditService, type Actor } from '@parity/identity';
import { badInput, notFound } from '@parity/shared/errors';
import { EnrolmentAccess } from '../enrolment/enrolment-access.service';
import { isValidDueDate } from '../enrolment/due-date';
import { EnrolmentStatus } from '../enrolment/enrolment-status.enum';
import type { Enrolment } from '../enrolment/enrolment.entity';
import { enrolmentNotActive } from '../learning.errors';
import { QuizOutcome } from '../progress/quiz-outcome.entity';

/** What admins and trainers do to a person's enrolment ('enrolment.manage'); each change is audited. */
@Injectable()
export class EnrolmentAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: EnrolmentAccess,
    private readonly audit: AuditService,
  ) {}

  private record(
    actor: Actor,
    action: string,
    enrolment: Enrolment,
    details: Record<string, unknown> = {},
  ): void {
    this.audit.record(this.em, {
      actorId: actor.userId,
      action,
      subjectType: 'Enrolment',
      subjectId: enrolment.id,
      institutionId: enrolment.user.institution.id,
      details: { learnerId: enrolment.user.id, courseId: enrolment.course.id, ...details },
    });
  }

  /** Withdraws an active (or expired) enrolment; a completed one stays a fact. */
  async withdraw(actorOrNull: Actor | null, id: string): Promise<Enrolment> {
    const { actor, enrolment } = await this.access.load(actorOrNull, id, 'enrolment.manage');
    if (enrolment.status === EnrolmentStatus.WITHDRAWN) return enrolment;
    if (enrolment.status === EnrolmentStatus.COMPLETED) throw enrolmentNotActive();
    enrolment.withdraw();
    this.record(actor, 'enrolment.withdrawn', enrolment);
    await this.em.flush();
    return enrolment;
  }

  async extendDeadline(actorOrNull: Actor | null, id: string, dueAt: Date): Promise<Enrolment> {
    const { actor, enrolment } = await this.access.load(actorOrNull, id, 'enrolment.manage');
    if (![EnrolmentStatus.ACTIVE, EnrolmentStatus.EXPIRED].includes(enrolment.status))
      throw enrolmentNotActive();
    if (!isValidDueDate(dueAt))
      throw badInput(
        [{ field: 'dueAt', code: 'OUT_OF_RANGE' }],
        'The new due date must be in the future, at most ten years ahead.',
      );
    const previous = enrolment.dueAt?.toISOString() ?? null;
    enrolment.extendDeadline(dueAt);
    this.record(actor, 'enrolment.deadline-extended', enrolment, { from: previous, to: dueAt.toISOString() });
    await this.em.flush();
    return enrolment;
  }

  /** One more attempt at a quiz of the enrolled version, beyond its limit. */
  async grantExtraAttempt(
    actorOrNull: Actor | null,
    enrolmentId: string,
    quizId: string,
  ): Promise<{ enrolment: Enrolment; quiz: Quiz; outcome: QuizOutcome }> {
    const { actor, enrolment } = await this.access.load(actorOrNull, enrolmentId, 'enrolment.manage');
    if (!enrolment.active) throw enrolmentNotActive();
    const quiz = isUuid(quizId)
      ? await this.em.findOne(Quiz, { id: quizId, module: { version: enrolment.version.id } })
      : null;
    if (!quiz) throw notFound('Quiz');
    await this.em.execute(
      `insert into quiz_outcome (id, created_at, enrolment_id, quiz_id, extra_attempts) values (gen_random_uuid(), now(), ?, ?, 1)
       on conflict (enrolment_id, quiz_id) do update set extra_attempts = quiz_outcome.extra_attempts + 1`,
      [enrolment.id, quiz.id],
    );
    const outcome = await this.em.findOneOrFail(
      QuizOutcome,
      { enrolment: enrolment.id, quizId: quiz.id },
      { refresh: true },
    );
    this.record(actor, 'quiz.extra-attempt-granted', enrolment, {
      quizId: quiz.id,
      extraAttempts: outcome.extraAttempts,
    });
    await this.em.flush();
    return { enrolment, quiz, outcome };
  }
}
