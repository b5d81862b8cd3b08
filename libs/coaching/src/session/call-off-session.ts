import type { EntityManager } from '@mikro-orm/postgresql';
import type { EmailMessage } from '@parity/shared/mail';
import type { EngagementFacts } from '../access/coaching-access.service';
import type { CoachingSession } from './coaching-session.entity';
import { SessionChange } from './session-change.entity';
import type { SessionInvitations } from './session-invitations.service';
import { SessionState } from './session-state.enum';

/**
 * Calls off a proposed or booked session (locked by the caller) in the caller's transaction: the state, its history
 * row and, for a booked session, both people's CANCEL invitations (returned; dispatch them after commit).
 */
export async function callOffSession(
  tx: EntityManager,
  invitations: SessionInvitations,
  change: { session: CoachingSession; engagement: EngagementFacts; byId: string; reason: string | null },
): Promise<EmailMessage[]> {
  const { session, engagement } = change;
  const wasBooked = session.state === SessionState.SCHEDULED;
  session.cancel(change.reason);
  tx.persist(
    SessionChange.of({
      sessionId: session.id,
      kind: 'cancelled',
      startsAt: session.startsAt,
      sequence: session.sequence,
      changedById: change.byId,
    }),
  );
  await tx.flush();
  return wasBooked ? invitations.write(tx, 'cancelled', session, engagement) : [];
}
