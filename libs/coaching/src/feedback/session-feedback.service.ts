import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Actor } from '@parity/identity';
import { notFound, parseInput } from '@parity/shared/errors';
import { CoachingAccess } from '../access/coaching-access.service';
import { feedbackAlreadyGiven, sessionStateConflict } from '../coaching.errors';
import { SessionState } from '../session/session-state.enum';

const rating = z.number().int().min(1).max(5);
const feedbackSchema = z.object({
  sessionId: z.string().uuid(),
  usefulness: rating,
  relevance: rating,
  confidence: rating,
});

/**
 * The coachee's short form after a held session: once per session. The unique constraint decides, so two
 * submissions racing each other give one answer and FEEDBACK_ALREADY_GIVEN, never two rows or a server error.
 */
@Injectable()
export class SessionFeedbackService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CoachingAccess,
  ) {}

  async submit(actor: Actor | null, raw: unknown): Promise<boolean> {
    const input = parseInput(feedbackSchema, raw);
    return this.em.transactional(async (tx) => {
      const [session] = await tx.execute<{ engagement_id: string; state: SessionState }[]>(
        `select engagement_id, state from coaching_session where id = ?`,
        [input.sessionId],
      );
      if (!session) throw notFound('Coaching session');
      const { engagement } = await this.access.engagement(
        actor,
        'coaching.feedback.give',
        session.engagement_id,
        tx,
      );
      if (session.state !== SessionState.HELD) throw sessionStateConflict(session.state);
      const inserted = await tx.execute<{ id: string }[]>(
        `insert into session_feedback (id, created_at, session_id, engagement_id, usefulness, relevance, confidence)
         values (?, now(), ?, ?, ?, ?, ?)
         on conflict (session_id) do nothing returning id`,
        [randomUUID(), input.sessionId, engagement.id, input.usefulness, input.relevance, input.confidence],
      );
      if (inserted.length === 0) throw feedbackAlreadyGiven();
      return true;
    });
  }
}
