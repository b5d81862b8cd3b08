import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { EmailMessage, EmailStatus } from './email-message.entity';
import { isPermanentSmtpError, type MailTransport } from './mail-transport';

/** Delivered over SMTP: the body (which may hold a one-time link) and attachments are not kept. */
const SENT_SQL = `update email_message set status = 'sent', delivered_at = now(), text_body = null, html_body = null,
  attachments = null, last_error = null where id = ?`;

export type DeliveryOutcome = 'sent' | 'stored' | 'skipped' | 'missing';

/**
 * Delivers one outbox message. Idempotent: the row is locked and only a PENDING message is delivered,
 * so a job that runs twice delivers once. The Message-ID is stable, so in the rare crash between the
 * SMTP hand-off and the commit, a resend is recognisable as the same message by receiving servers.
 */
export async function deliverEmail(
  em: EntityManager,
  transport: MailTransport,
  from: string,
  emailMessageId: string,
  isLastAttempt: boolean,
): Promise<DeliveryOutcome> {
  return em.transactional(async (tx) => {
    const message = await tx.findOne(EmailMessage, emailMessageId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!message) return 'missing';
    if (message.status !== EmailStatus.PENDING) return 'skipped';
    if (!transport.configured) {
      message.markStored(new Date());
      return 'stored';
    }
    try {
      await transport.send({
        from,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody ?? '',
        html: message.htmlBody ?? '',
        messageId: message.messageId,
        attachments: message.attachments ?? [],
      });
    } catch (error) {
      const permanent = isPermanentSmtpError(error) || isLastAttempt;
      message.recordFailure((error as Error).message, permanent);
      await tx.flush();
      if (permanent) return 'skipped';
      throw error;
    }
    // Between the SMTP server's acceptance and this commit a crash means a resend: one plain statement, then commit.
    await tx.getConnection().execute(SENT_SQL, [message.id], 'run', tx.getTransactionContext());
    tx.getUnitOfWork().clear();
    return 'sent';
  });
}

/** Ids of messages still pending after `olderThanMs`: their job was lost or never enqueued. */
export async function findStalledEmails(
  em: EntityManager,
  olderThanMs: number,
  limit = 500,
): Promise<string[]> {
  const rows = await em.find(
    EmailMessage,
    {
      status: EmailStatus.PENDING,
      createdAt: { $lt: new Date(Date.now() - olderThanMs) },
      $or: [{ notBefore: null }, { notBefore: { $lte: new Date() } }],
    },
    { fields: ['id'], orderBy: { createdAt: 'asc' }, limit },
  );
  return rows.map((row) => row.id);
}
