import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EmailMessage } from '@parity/shared/mail';
import type { EngagementFacts } from '../access/coaching-access.service';
import { CoachingSession } from './coaching-session.entity';
import { callOffSession } from './call-off-session';
import { SessionInvitations } from './session-invitations.service';
import { SessionState } from './session-state.enum';

/**
 * When an engagement ends (early, or completed), the sessions still ahead are called off: proposed ones quietly,
 * booked ones with a CANCEL invitation to both people, so no calendar keeps a session of an engagement that is over.
 * Runs in the engagement's transaction; dispatch the returned messages after commit.
 */
@Injectable()
export class OpenSessionsCloser {
  constructor(private readonly invitations: SessionInvitations) {}

  async close(tx: EntityManager, engagement: EngagementFacts, byId: string): Promise<EmailMessage[]> {
    const open = await tx.find(
      CoachingSession,
      { engagementId: engagement.id, state: { $in: [SessionState.PROPOSED, SessionState.SCHEDULED] } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
    );
    const messages: EmailMessage[] = [];
    for (const session of open) {
      // No reason in the invitation: why an engagement ended is not for e-mail.
      messages.push(
        ...(await callOffSession(tx, this.invitations, { session, engagement, byId, reason: null })),
      );
    }
    return messages;
  }
}
