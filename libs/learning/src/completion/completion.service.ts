import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventOutbox, EventTopic } from '@parity/shared/queue';
import { EnrolmentStatus } from '../enrolment/enrolment-status.enum';
import { completionFacts, rulesMet } from './completion-check';

/**
 * Completes an enrolment when its course's rules are met, in the caller's transaction: a conditional update (only
 * an active enrolment changes, so parallel callers change it once) and, only then, the outbox event with the
 * enrolment's idempotency key. Callers: lesson progress (learning) and quiz grading (assessment).
 */
@Injectable()
export class CompletionService {
  constructor(private readonly outbox: EventOutbox) {}

  /**
   * Returns the outbox event's id when this call completed the enrolment (dispatch it after commit with
   * EventOutbox.dispatch), else null (rules not met, not active, or completed by someone else).
   */
  async evaluate(em: EntityManager, enrolmentId: string): Promise<string | null> {
    // Lock the enrolment first, then read the facts in a new statement (a new snapshot): whoever evaluates second
    // (a lesson and a quiz finishing at once) waits for the first to commit and sees its work. NO KEY UPDATE, as an
    // update takes: it does not wait for the key-share locks that inserts referencing the enrolment hold.
    await em.execute(`select id from enrolment where id = ? for no key update`, [enrolmentId]);
    const facts = await completionFacts(em, enrolmentId);
    if (!facts || facts.status !== EnrolmentStatus.ACTIVE || !rulesMet(facts)) return null;
    const changed = await em.execute<{ id: string }[]>(
      `update "enrolment" set "status" = 'completed', "completed_at" = now()
       where "id" = ? and "status" = 'active' returning "id"`,
      [enrolmentId],
    );
    if (!changed.length) return null;
    return this.outbox.write(em, EventTopic.enrolmentCompleted, `enrolment-completed:${enrolmentId}`, {
      enrolmentId,
      userId: facts.userId,
      courseVersionId: facts.versionId,
    });
  }
}
