import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@parity/shared/database';
import { notFound } from '@parity/shared/errors';
import { coachDoubleBooked } from '../coaching.errors';
import { CoachingSession } from './coaching-session.entity';

/** Loads a session and locks its row for the caller's transaction, so two changes to it run one after the other. */
export async function lockSession(tx: EntityManager, sessionId: string): Promise<CoachingSession> {
  if (!isUuid(sessionId)) throw notFound('Coaching session');
  const session = await tx.findOne(CoachingSession, sessionId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!session) throw notFound('Coaching session');
  return session;
}

/** PostgreSQL's exclusion violation on the coach's booked time ranges: the coach is already booked then. */
function isCoachOverlap(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23P01' && constraint === 'coaching_session_coach_no_overlap';
}

/**
 * Runs a booking (accept or reschedule) and turns the database's refusal of an overlap into COACH_DOUBLE_BOOKED:
 * the constraint decides, so two requests that arrive at once cannot both win.
 */
export async function refusingDoubleBooking<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isCoachOverlap(error)) throw coachDoubleBooked();
    throw error;
  }
}
