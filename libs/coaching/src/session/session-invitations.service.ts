import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User, UserStatus } from '@parity/identity';
import {
  renderSessionInvitationEmail,
  type SessionInvitationKind,
  type SessionInvitationParams,
} from '@parity/notifications';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { EmailOutbox, type EmailMessage } from '@parity/shared/mail';
import type { EngagementFacts } from '../access/coaching-access.service';
import type { CoachingSession } from './coaching-session.entity';

/**
 * The calendar invitations of a session: on booking, reschedule and cancellation, each of the pair gets an e-mail
 * in their own language, with times in their own zone and an `.ics` (REQUEST or CANCEL) whose UID is the same for
 * the session's whole life and whose SEQUENCE is the session's. Written to the outbox in the caller's transaction;
 * dispatch the returned messages after commit. Never carries a note.
 */
@Injectable()
export class SessionInvitations {
  constructor(
    private readonly outbox: EmailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The iCalendar UID of a session: its id at the platform's host, the same for every message about it. */
  uidOf(sessionId: string): string {
    return `${sessionId}@${new URL(this.config.PUBLIC_URL).hostname}`;
  }

  async write(
    em: EntityManager,
    kind: SessionInvitationKind,
    session: CoachingSession,
    engagement: EngagementFacts,
    previousStartsAt: Date | null = null,
  ): Promise<EmailMessage[]> {
    if (!session.startsAt) return [];
    const people = await em.find(User, { id: { $in: [engagement.coachId, engagement.coacheeId] } });
    const coach = people.find((person) => person.id === engagement.coachId);
    const coachee = people.find((person) => person.id === engagement.coacheeId);
    if (!coach || !coachee) return [];
    const now = new Date();
    const startsAt = session.startsAt.toISOString();
    const actionUrl = new URL(`/coaching/sessions/${session.id}`, this.config.PUBLIC_URL).toString();
    const messages: EmailMessage[] = [];
    for (const [recipient, other] of [
      [coach, coachee],
      [coachee, coach],
    ] as const) {
      if (recipient.status === UserStatus.DISABLED) continue;
      const params: SessionInvitationParams = {
        otherPersonName: other.displayName,
        startsAt,
        previousStartsAt: previousStartsAt?.toISOString() ?? null,
        durationMinutes: session.durationMinutes,
        place: session.onlineUrl ?? session.location ?? '',
      };
      const email = renderSessionInvitationEmail({
        kind,
        params,
        locale: recipient.locale,
        timeZone: recipient.timeZone,
        recipientName: recipient.displayName,
        actionUrl,
        calendar: {
          uid: this.uidOf(session.id),
          sequence: session.sequence,
          organizer: { name: coach.displayName, email: coach.email },
          attendees: [{ name: coachee.displayName, email: coachee.email }],
          now,
        },
      });
      messages.push(
        this.outbox.write(em, {
          kind: `coaching-session-${kind}`,
          to: recipient.email,
          locale: recipient.locale,
          institutionId: engagement.institutionId,
          subject: email.subject,
          text: email.text,
          html: email.html,
          attachments: [email.invitation],
        }),
      );
    }
    return messages;
  }
}
