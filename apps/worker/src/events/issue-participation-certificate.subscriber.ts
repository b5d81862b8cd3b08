import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ParticipationIssuer, readEngagementFacts } from '@parity/certification';
import { EmailOutbox } from '@parity/shared/mail';
import { EventTopic, type EventPayloads } from '@parity/shared/queue';
import type { AfterCommit, EventSubscriber } from './event-subscriber';

/**
 * A completed coaching engagement gets its coachee's certificate of participation, in the delivery transaction of
 * `coaching.engagement-completed` (the injected EntityManager resolves to that transaction), with the coachee's
 * e-mail, enqueued once that transaction commits. The engagement is read (plain SQL, `for share`) when the event is
 * delivered: only one still completed is certified. Idempotent by the unique source key of a certificate.
 */
@Injectable()
export class IssueParticipationCertificateSubscriber
  implements EventSubscriber<typeof EventTopic.engagementCompleted>
{
  readonly topic = EventTopic.engagementCompleted;
  readonly name = 'issue-participation-certificate';
  private readonly logger = new Logger(IssueParticipationCertificateSubscriber.name);

  constructor(
    private readonly em: EntityManager,
    private readonly issuer: ParticipationIssuer,
    private readonly outbox: EmailOutbox,
  ) {}

  async handle(payload: EventPayloads[typeof EventTopic.engagementCompleted]): Promise<AfterCommit | void> {
    const facts = await readEngagementFacts(this.em, payload.engagementId);
    if (!facts) {
      this.logger.warn(`engagement ${payload.engagementId} does not exist: no certificate issued`);
      return;
    }
    const { outcome, email } = await this.issuer.issueParticipation(this.em, facts);
    if (outcome === 'not-completed')
      this.logger.warn(`engagement ${payload.engagementId} is not completed: no certificate issued`);
    if (email) return () => this.outbox.dispatch([email]);
  }
}
