import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { JobName, JobProducer } from '@parity/shared/queue';
import type { JobHandler } from '../jobs/job-handler';

/**
 * Reminders still pending a minute after a sweep wrote them lost their delivery job (Redis was down, or lost data)
 * or it failed: enqueued again or retried. Job ids come from the reminder id, and delivery skips what is done, so nothing goes twice.
 */
@Injectable()
export class RelayNotificationsHandler implements JobHandler<typeof JobName.relayNotifications> {
  readonly jobName = JobName.relayNotifications;

  constructor(
    private readonly em: EntityManager,
    private readonly producer: JobProducer,
  ) {}

  async handle(): Promise<{ requeued: number; retried: number }> {
    const rows = await this.em.execute<{ id: string }[]>(
      `select id from notification where status = 'pending' and created_at < now() - interval '1 minute'
       order by created_at limit 2000`,
    );
    return this.producer.relay(
      JobName.deliverNotification,
      rows.map((row) => ({ notificationId: row.id })),
    );
  }
}
