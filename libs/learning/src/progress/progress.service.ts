import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@parity/identity';
import { notFound, parseInput } from '@parity/shared/errors';
import { EventOutbox } from '@parity/shared/queue';
import { CompletionService } from '../completion/completion.service';
import { EnrolmentAccess } from '../enrolment/enrolment-access.service';
import { EnrolmentStatus } from '../enrolment/enrolment-status.enum';
import type { Enrolment } from '../enrolment/enrolment.entity';
import { enrolmentNotActive } from '../learning.errors';
import { lessonProgressSchema, type LessonProgressData } from './lesson-progress-input.schema';
import {
  LESSON_IN_VERSION,
  READ_PROGRESS,
  TOUCH_ENROLMENT,
  UPSERT_PROGRESS,
  UPSERT_VISIT,
} from './lesson-progress-sql';

export interface LessonProgressOutcome {
  lessonId: string;
  completed: boolean;
  secondsSpent: number;
  enrolment: Enrolment;
}

interface ProgressRow {
  completed_at: Date | null;
  seconds_spent: number;
}

/**
 * Records lesson progress from the player. Safe to retry: a visit's seconds are kept as a maximum, time spent is
 * the sum of visits, completion is set once; all in one transaction, which also completes the enrolment when the
 * course's rules are met.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: EnrolmentAccess,
    private readonly completion: CompletionService,
    private readonly outbox: EventOutbox,
  ) {}

  async record(actor: Actor | null, raw: LessonProgressData): Promise<LessonProgressOutcome> {
    const input = parseInput(lessonProgressSchema, raw);
    const { enrolment } = await this.access.load(actor, input.enrolmentId, 'learning.own');
    const [inVersion] = await this.em.execute(LESSON_IN_VERSION, [input.lessonId, enrolment.version.id]);
    if (!inVersion) throw notFound('Lesson');
    const evaluate = Boolean(input.completed) || enrolment.course.completionMinimumMinutes !== null;
    const { row, eventId } = await this.em.transactional(async (tx) => {
      const touched = await tx.execute(TOUCH_ENROLMENT, [input.lessonId, enrolment.id]);
      if (!touched.length)
        return { row: await this.retryOfClosed(tx, enrolment.id, input.lessonId), eventId: null };
      await tx.execute(UPSERT_VISIT, [input.visitId, enrolment.id, input.lessonId, input.seconds]);
      const [progress] = await tx.execute<ProgressRow[]>(UPSERT_PROGRESS, [
        enrolment.id,
        input.lessonId,
        Boolean(input.completed),
        enrolment.id,
        input.lessonId,
      ]);
      const done =
        evaluate && progress?.completed_at ? await this.completion.evaluate(tx, enrolment.id) : null;
      return { row: progress, eventId: done };
    });
    await this.outbox.dispatch([eventId]);
    await this.em.refresh(enrolment);
    return {
      lessonId: input.lessonId,
      completed: Boolean(row?.completed_at),
      secondsSpent: row?.seconds_spent ?? 0,
      enrolment,
    };
  }

  /**
   * A report on an enrolment that is no longer active. A retry of a report that completed the lesson (e.g. the
   * one that completed the course) gets the stored state back; anything else is refused.
   */
  private async retryOfClosed(
    tx: EntityManager,
    enrolmentId: string,
    lessonId: string,
  ): Promise<ProgressRow> {
    const [status] = await tx.execute<{ status: string }[]>(`select status from enrolment where id = ?`, [
      enrolmentId,
    ]);
    const [progress] = await tx.execute<ProgressRow[]>(READ_PROGRESS, [enrolmentId, lessonId]);
    if (status?.status === EnrolmentStatus.COMPLETED && progress?.completed_at) return progress;
    throw enrolmentNotActive();
  }
}
