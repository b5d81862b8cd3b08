import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Job } from 'bullmq';
import { NotificationDelivery, type DeliveryOutcome } from '@parity/notifications';
import { EmailOutbox } from '@parity/shared/mail';
import { JobName, type JobPayloads } from '@parity/shared/queue';
import type { JobHandler } from '../jobs/job-handler';

/** Delivers one reminder in its own transaction; its e-mail is enqueued once that commits. */
@Injectable()
export class DeliverNotificationHandler implements JobHandler<typeof JobName.deliverNotification> {
  readonly jobName = JobName.deliverNotification;

  constructor(
    private readonly em: EntityManager,
    private readonly delivery: NotificationDelivery,
    private readonly outbox: EmailOutbox,
  ) {}

  async handle(job: Job<JobPayloads['deliver-notification']>): Promise<DeliveryOutcome> {
    const { outcome, email } = await this.em.transactional((tx) =>
      this.delivery.deliver(tx, job.data.notificationId),
    );
    if (email) await this.outbox.dispatch([email]);
    return outcome;
  }
}
