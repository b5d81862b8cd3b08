import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CertificateIssuer } from '@parity/certification';
import { EventTopic, type EventPayloads } from '@parity/shared/queue';
import type { EventSubscriber } from './event-subscriber';

/**
 * A completion gets its certificate, in the delivery transaction of `enrolment.completed` (the injected
 * EntityManager resolves to that transaction). Idempotent by the unique enrolment of a certificate.
 */
@Injectable()
export class IssueCertificateSubscriber implements EventSubscriber<typeof EventTopic.enrolmentCompleted> {
  readonly topic = EventTopic.enrolmentCompleted;
  readonly name = 'issue-certificate';
  private readonly logger = new Logger(IssueCertificateSubscriber.name);

  constructor(
    private readonly em: EntityManager,
    private readonly issuer: CertificateIssuer,
  ) {}

  async handle(payload: EventPayloads[typeof EventTopic.enrolmentCompleted]): Promise<void> {
    const outcome = await this.issuer.issueFor(this.em, payload.enrolmentId);
    if (outcome === 'not-completed')
      this.logger.warn(`enrolment ${payload.enrolmentId} is no longer completed: no certificate issued`);
  }
}
