import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { deliverEmail, MailTransport } from '@parity/shared/mail';
import { JobName, type JobPayloads } from '@parity/shared/queue';
import type { JobHandler } from '../jobs/job-handler';

/** Delivers one outbox message over SMTP (or keeps it in the outbox when no SMTP server is configured). */
@Injectable()
export class SendEmailHandler implements JobHandler<typeof JobName.sendEmail>, OnApplicationShutdown {
  readonly jobName = JobName.sendEmail;
  private readonly transport: MailTransport;

  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = new MailTransport(config.SMTP_URL);
  }

  handle(job: Job<JobPayloads['send-email']>): Promise<string> {
    const attempts = job.opts.attempts ?? 1;
    const isLastAttempt = job.attemptsMade + 1 >= attempts;
    return deliverEmail(
      this.em,
      this.transport,
      this.config.MAIL_FROM,
      job.data.emailMessageId,
      isLastAttempt,
    );
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
