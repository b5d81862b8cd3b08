import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@parity/identity';
import { parseInput } from '@parity/shared/errors';
import { CoachingAccess } from '../access/coaching-access.service';
import { engagementStateConflict, sessionStateConflict } from '../coaching.errors';
import { EngagementState } from '../engagement/engagement-state.enum';
import { CoachingSession } from './coaching-session.entity';
import type { CoachingSessionType } from './dto/coaching-session.type';
import { SessionChange } from './session-change.entity';
import { outcomeSchema, proposeSessionSchema } from './session-input.schema';
import { lockSession } from './session-lock';
import { SessionReader } from './session-reader.service';
import { SessionState } from './session-state.enum';

/**
 * The coach's side of a session: offering times (nothing is booked until the coachee takes one, so offers do not
 * block the coach's calendar) and recording, once it has started, whether it was held or a no-show.
 */
@Injectable()
export class SessionPlanning {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CoachingAccess,
    private readonly reader: SessionReader,
  ) {}

  async propose(actor: Actor | null, raw: unknown): Promise<CoachingSessionType> {
    const input = parseInput(proposeSessionSchema, raw);
    const sessionId = await this.em.transactional(async (tx) => {
      const { engagement } = await this.access.engagement(
        actor,
        'coaching.session.plan',
        input.engagementId,
        tx,
        true,
      );
      if (engagement.state !== EngagementState.ACTIVE) throw engagementStateConflict(engagement.state);
      const session = new CoachingSession();
      session.engagementId = engagement.id;
      session.coachId = engagement.coachId;
      session.proposedTimes = [...input.proposedTimes]
        .sort((a, b) => a.getTime() - b.getTime())
        .map((time) => time.toISOString());
      session.durationMinutes = input.durationMinutes;
      session.timeZone = input.timeZone;
      session.location = input.location;
      session.onlineUrl = input.onlineUrl;
      session.agenda = input.agenda;
      tx.persist(session);
      return session.id;
    });
    return this.reader.byId(this.em, sessionId);
  }

  async recordOutcome(
    actorOrNull: Actor | null,
    sessionId: string,
    outcome: SessionState,
  ): Promise<CoachingSessionType> {
    const input = parseInput(outcomeSchema, { outcome });
    await this.em.transactional(async (tx) => {
      const session = await lockSession(tx, sessionId);
      const { actor, engagement } = await this.access.engagement(
        actorOrNull,
        'coaching.session.plan',
        session.engagementId,
        tx,
      );
      if (engagement.state !== EngagementState.ACTIVE) throw engagementStateConflict(engagement.state);
      if (session.state !== SessionState.SCHEDULED || !session.startsAt || session.startsAt > new Date()) {
        throw sessionStateConflict(
          session.state === SessionState.SCHEDULED ? 'not started yet' : session.state,
        );
      }
      session.recordOutcome(input.outcome);
      tx.persist(
        SessionChange.of({
          sessionId: session.id,
          kind: input.outcome,
          startsAt: session.startsAt,
          sequence: session.sequence,
          changedById: actor.userId,
        }),
      );
    });
    return this.reader.byId(this.em, sessionId);
  }
}
