import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CertificateIssuer } from '@parity/certification';
import { EmailOutbox } from '@parity/shared/mail';
import { EventTopic, type EventPayloads } from '@parity/shared/queue';
import type { AfterCommit, EventSubscriber } from './event-subscriber';

/**
 * A completion gets its certificate, in the delivery transaction of `enrolment.completed` (the injected
 * EntityManager resolves to that transaction), with the learner's e-mail, enqueued once that transaction commits.
 * Idempotent by the unique enrolment of a certificate.
 */
@Injectable()
export class IssueCertificateSubscriber implements EventSubscriber<typeof EventTopic.enrolmentCompleted> {
  readonly topic = EventTopic.enrolmentCompleted;
  readonly name = 'issue-certificate';
  private readonly logger = new Logger(IssueCertificateSubscriber.name);

  constructor(
    private readonly em: EntityManager,
    private readonly issuer: CertificateIssuer,
    private readonly outbox: EmailOutbox,
  ) {}

  async handle(payload: EventPayloads[typeof EventTopic.enrolmentCompleted]): Promise<AfterCommit | void> {
    const { outcome, email } = await this.issuer.issueFor(this.em, payload.enrolmentId);
    if (outcome === 'not-completed')
      this.logger.warn(`enrolment ${payload.enrolmentId} is no longer completed: no certificate issued`);
    if (email) return () => this.outbox.dispatch([email]);
  }
}
