import type { EntityManager } from '@mikro-orm/postgresql';
import { EmailMessage, EmailStatus } from './email-message.entity';

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

/**
 * The last error of a message handed over in full whose worker stopped before the server answered: a stable code the
 * admin outbox translates (apps/web/src/components/outbox/outbox-query.ts).
 */
export const NO_SERVER_ANSWER = 'NO_SERVER_ANSWER';

/**
 * Messages handed over whose answer was never recorded (the worker was killed in between), `olderThanMs` after the
 * hand-off: their body and attachments are dropped, as for an accepted message, and the note says what happened.
 */
export async function closeUnansweredEmails(em: EntityManager, olderThanMs: number): Promise<number> {
  // The text body is written with every message and cleared with the rest of it.
  const result: { affectedRows: number } = await em.getConnection().execute(
    `update email_message set text_body = null, html_body = null, attachments = null, last_error = ?
      where status = 'sent' and text_body is not null and delivered_at < now() - make_interval(secs => ?)`,
    [NO_SERVER_ANSWER, olderThanMs / 1000],
    'run',
  );
  return result.affectedRows;
}
