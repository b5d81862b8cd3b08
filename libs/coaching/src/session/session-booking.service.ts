import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@parity/identity';
import { badInput, parseInput } from '@parity/shared/errors';
import { EmailOutbox, type EmailMessage } from '@parity/shared/mail';
import { CoachingAccess, type EngagementFacts } from '../access/coaching-access.service';
import { engagementStateConflict, sessionStateConflict } from '../coaching.errors';
import { EngagementState } from '../engagement/engagement-state.enum';
import type { CoachingSession } from './coaching-session.entity';
import type { CoachingSessionType } from './dto/coaching-session.type';
import { callOffSession } from './call-off-session';
import { SessionChange } from './session-change.entity';
import { cancelSchema, startsAtSchema } from './session-input.schema';
import { SessionInvitations } from './session-invitations.service';
import { lockSession, refusingDoubleBooking } from './session-lock';
import { SessionReader } from './session-reader.service';
import { SessionState } from './session-state.enum';

const requireActive = (engagement: EngagementFacts): void => {
  if (engagement.state !== EngagementState.ACTIVE) throw engagementStateConflict(engagement.state);
};

/**
 * Booking, moving and calling off a session. Each is one transaction: the session row is locked, the change and
 * its history row written, and both people's invitations put in the outbox (dispatched after commit). The
 * database refuses a booking that overlaps another of the coach's (COACH_DOUBLE_BOOKED).
 */
@Injectable()
export class SessionBooking {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CoachingAccess,
    private readonly invitations: SessionInvitations,
    private readonly outbox: EmailOutbox,
    private readonly reader: SessionReader,
  ) {}

  /** The coachee takes one of the offered times. */
  accept(actor: Actor | null, sessionId: string, startsAt: Date): Promise<CoachingSessionType> {
    const time = parseInput(startsAtSchema, { startsAt }).startsAt;
    return this.change(actor, sessionId, 'coaching.session.accept', async (tx, session, engagement, by) => {
      requireActive(engagement);
      if (session.state !== SessionState.PROPOSED) throw sessionStateConflict(session.state);
      if (!session.proposedTimes.some((offered) => new Date(offered).getTime() === time.getTime())) {
        throw badInput([{ field: 'startsAt', code: 'INVALID_VALUE' }], 'Choose one of the offered times.');
      }
      session.book(time);
      tx.persist(
        SessionChange.of({
          sessionId: session.id,
          kind: 'scheduled',
          startsAt: time,
          sequence: session.sequence,
          changedById: by.userId,
        }),
      );
      await tx.flush();
      return this.invitations.write(tx, 'booked', session, engagement);
    });
  }

  /** The coach moves a booked session: same invitation (UID), next sequence. */
  reschedule(actor: Actor | null, sessionId: string, startsAt: Date): Promise<CoachingSessionType> {
    const time = parseInput(startsAtSchema, { startsAt }).startsAt;
    return this.change(actor, sessionId, 'coaching.session.plan', async (tx, session, engagement, by) => {
      requireActive(engagement);
      if (session.state !== SessionState.SCHEDULED) throw sessionStateConflict(session.state);
      const previous = session.startsAt;
      session.reschedule(time);
      tx.persist(
        SessionChange.of({
          sessionId: session.id,
          kind: 'rescheduled',
          previousStartsAt: previous,
          startsAt: time,
          sequence: session.sequence,
          changedById: by.userId,
        }),
      );
      await tx.flush();
      return this.invitations.write(tx, 'rescheduled', session, engagement, previous);
    });
  }

  /** Either of the pair calls a proposed or booked session off; a booked one's invitation is cancelled. */
  cancel(actor: Actor | null, sessionId: string, reason: string | null): Promise<CoachingSessionType> {
    const input = parseInput(cancelSchema, { reason });
    return this.change(actor, sessionId, 'coaching.session.cancel', async (tx, session, engagement, by) => {
      if (session.state !== SessionState.PROPOSED && session.state !== SessionState.SCHEDULED) {
        throw sessionStateConflict(session.state);
      }
      return callOffSession(tx, this.invitations, {
        session,
        engagement,
        byId: by.userId,
        reason: input.reason,
      });
    });
  }

  private async change(
    actorOrNull: Actor | null,
    sessionId: string,
    operation: 'coaching.session.accept' | 'coaching.session.plan' | 'coaching.session.cancel',
    apply: (
      tx: EntityManager,
      session: CoachingSession,
      engagement: EngagementFacts,
      actor: Actor,
    ) => Promise<EmailMessage[]>,
  ): Promise<CoachingSessionType> {
    const messages = await refusingDoubleBooking(() =>
      this.em.transactional(async (tx) => {
        const session = await lockSession(tx, sessionId);
        const { actor, engagement } = await this.access.engagement(
          actorOrNull,
          operation,
          session.engagementId,
          tx,
        );
        return apply(tx, session, engagement, actor);
      }),
    );
    await this.outbox.dispatch(messages);
    return this.reader.byId(this.em, sessionId);
  }
}
