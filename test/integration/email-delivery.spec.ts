import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { deliverEmail, EmailMessage, EmailStatus, MailTransport } from '@parity/shared/mail';
import { JobName, JobProducer } from '@parity/shared/queue';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { QueueWorkers } from '../../apps/worker/src/jobs/queue-workers';
import { RelayEmailOutboxHandler } from '../../apps/worker/src/email/relay-email-outbox.handler';
import { SmtpSink } from '@parity/shared/testing';
import { waitFor } from '../support/wait-for';

// This file runs its own workers: its own Redis prefix keeps other test files' jobs out of its queues.
process.env['REDIS_PREFIX'] = `${process.env['REDIS_PREFIX'] ?? 'parity-test'}-email`;

describe('the worker delivers outbox e-mail over SMTP exactly once', () => {
  const smtp = new SmtpSink();
  let context: INestApplicationContext;
  let em: () => EntityManager;

  beforeAll(async () => {
    process.env['SMTP_URL'] = await smtp.start();
    context = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await context.get(QueueWorkers).start();
    em = () => context.get(MikroORM).em.fork() as EntityManager;
  });

  afterAll(async () => {
    await context.close();
    await smtp.stop();
    delete process.env['SMTP_URL'];
  });

  async function pending(to: string, createdAt?: Date): Promise<EmailMessage> {
    const fork = em();
    const message = new EmailMessage(
      {
        kind: 'test',
        to,
        locale: 'en',
        subject: `Hello ${to}`,
        text: 'Body with a secret link',
        html: '<p>Body</p>',
      },
      'parity.test',
    );
    if (createdAt) message.createdAt = createdAt;
    await fork.persistAndFlush(message);
    return message;
  }

  const statusOf = async (id: string) => (await em().findOneOrFail(EmailMessage, id)).status;
  const mailsTo = (to: string) => smtp.received.filter((mail) => mail.to.includes(to));
  /** Delivers in this process with its own pooled transport, as a worker does. */
  async function withTransport<T>(
    work: (deliver: (id: string) => ReturnType<typeof deliverEmail>) => Promise<T>,
  ) {
    const transport = new MailTransport(process.env['SMTP_URL']);
    try {
      return await work((id) => deliverEmail(em(), transport, 'x@parity.test', id, false));
    } finally {
      transport.close();
    }
  }

  it('sends a message enqueued three times (same job id) once, with its stable Message-ID, and forgets the body', async () => {
    const message = await pending('once@example.test');
    const producer = context.get(JobProducer);
    for (let i = 0; i < 3; i++) await producer.enqueue(JobName.sendEmail, { emailMessageId: message.id });
    await waitFor(async () => ((await statusOf(message.id)) === EmailStatus.SENT ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const mails = mailsTo('once@example.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.raw).toContain(`Message-ID: ${message.messageId}`);
    const stored = await em().findOneOrFail(EmailMessage, message.id);
    expect(stored.textBody).toBeNull();
    expect(stored.deliveredAt).toBeInstanceOf(Date);
  });

  it('delivers once when two workers run the same job at the same moment (row lock, then skip)', async () => {
    const message = await pending('race@example.test');
    const transport = new MailTransport(process.env['SMTP_URL']);
    const orm = context.get(MikroORM);
    const outcomes = await Promise.all(
      [1, 2].map(() =>
        RequestContext.create(orm.em, () =>
          deliverEmail(orm.em.fork() as EntityManager, transport, 'x@parity.test', message.id, false),
        ),
      ),
    );
    transport.close();
    expect(outcomes.sort()).toEqual(['sent', 'skipped']);
    expect(mailsTo('race@example.test')).toHaveLength(1);
  });

  it('records a permanent SMTP refusal as FAILED without retrying', async () => {
    const message = await pending('reject-me@example.test');
    await context.get(JobProducer).enqueue(JobName.sendEmail, { emailMessageId: message.id });
    await waitFor(async () => ((await statusOf(message.id)) === EmailStatus.FAILED ? true : undefined));
    const stored = await em().findOneOrFail(EmailMessage, message.id);
    expect(stored.attempts).toBe(1);
    expect(stored.lastError).toMatch(/550/);
  });

  it('keeps a message PENDING with its body after a temporary refusal, and sends it whole on the retry', async () => {
    const message = await pending('busy-once@example.test');
    const transport = new MailTransport(process.env['SMTP_URL']);
    const deliver = () => deliverEmail(em(), transport, 'x@parity.test', message.id, false);
    try {
      await expect(deliver()).rejects.toThrow(/451/);
      const deferred = await em().findOneOrFail(EmailMessage, message.id);
      expect(deferred.status).toBe(EmailStatus.PENDING);
      expect(deferred.textBody).toBe('Body with a secret link');
      expect(deferred.lastError).toMatch(/451/);
      expect(await deliver()).toBe('sent');
    } finally {
      transport.close();
    }
    const mails = mailsTo('busy-once@example.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.raw).toContain('Body with a secret link');
    expect(await statusOf(message.id)).toBe(EmailStatus.SENT);
  });

  it('keeps a message refused after its last line (451) pending with its body, and the retry sends it once', async () => {
    const message = await pending('late-busy@example.test');
    await withTransport(async (deliver) => {
      await expect(deliver(message.id)).rejects.toThrow(/451/);
      const refused = await em().findOneOrFail(EmailMessage, message.id);
      expect(refused.status).toBe(EmailStatus.PENDING);
      expect(refused.deliveredAt).toBeNull();
      expect(refused.attempts).toBe(1);
      expect(refused.lastError).toMatch(/451/);
      expect(refused.textBody).toBe('Body with a secret link');
      expect(await deliver(message.id)).toBe('sent');
    });
    const mails = mailsTo('late-busy@example.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.raw).toContain('Body with a secret link');
  });

  it('records a message refused for good after its last line (550) as FAILED, without retrying', async () => {
    const message = await pending('late-reject@example.test');
    await withTransport(async (deliver) => expect(await deliver(message.id)).toBe('skipped'));
    const stored = await em().findOneOrFail(EmailMessage, message.id);
    expect(stored.status).toBe(EmailStatus.FAILED);
    expect(stored.attempts).toBe(1);
    expect(stored.lastError).toMatch(/550/);
    expect(mailsTo('late-reject@example.test')).toHaveLength(0);
  });

  it('relays a message whose job was lost: the sweep re-enqueues it and it is sent once', async () => {
    const lost = await pending('lost@example.test', new Date(Date.now() - 5 * 60_000));
    const fresh = await pending('fresh@example.test');
    const orm = context.get(MikroORM);
    const relay = context.get(RelayEmailOutboxHandler);
    const first = await RequestContext.create(orm.em, () => relay.handle());
    expect(first.requeued).toBeGreaterThanOrEqual(1);
    await waitFor(async () => ((await statusOf(lost.id)) === EmailStatus.SENT ? true : undefined));
    await RequestContext.create(orm.em, () => relay.handle());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo('lost@example.test')).toHaveLength(1);
    expect(await statusOf(fresh.id)).toBe(EmailStatus.PENDING);
  });

  it('keeps the message in the outbox (STORED, body kept) when no SMTP server is configured', async () => {
    const message = await pending('nobody-configured@example.test');
    const outcome = await deliverEmail(
      em(),
      new MailTransport(undefined),
      'x@parity.test',
      message.id,
      false,
    );
    expect(outcome).toBe('stored');
    const stored = await em().findOneOrFail(EmailMessage, message.id);
    expect(stored.status).toBe(EmailStatus.STORED);
    expect(stored.textBody).toBe('Body with a secret link');
  });
});
