import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { EmailMessage, EmailStatus } from './email-message.entity';
import { isPermanentSmtpError, type MailTransport } from './mail-transport';

/**
 * Handed to the SMTP server. The body (which may hold a one-time link) and attachments are kept until the server has
 * answered: a refusal after the message puts it back to pending and the retry needs them.
 */
const SENT_SQL = `update email_message set status = 'sent', delivered_at = now(), last_error = null where id = ?`;
/** The server accepted the message: its body and attachments are not kept. */
const ACCEPTED_SQL = `update email_message set text_body = null, html_body = null, attachments = null where id = ?`;
/** The server refused the message after it was recorded as sent: pending again (or failed), with the reason. */
const REFUSED_SQL = `update email_message set status = ?, delivered_at = null, attempts = attempts + 1, last_error = ?
  where id = ? and status = 'sent' and text_body is not null`;

export type DeliveryOutcome = 'sent' | 'stored' | 'skipped' | 'missing';

type FirstEvent = { kind: 'handed-over' } | { kind: 'answered' } | { kind: 'refused'; error: unknown };

/**
 * Delivers one outbox message. Idempotent: the row is locked and only a PENDING message is delivered, so a job that
 * runs twice delivers once.
 *
 * "Sent" is committed the moment the whole message is written to the SMTP connection (see HandOffWatch), not when the
 * server answers: a worker killed after that moment leaves a message the server has and a row that says so, and a
 * worker killed before it leaves a message the server never completed and a row still pending. Only a kill in the
 * instant between the two writes resends the message, with the same Message-ID. The server's answer comes after the
 * commit: acceptance clears the body; a refusal puts the message back to pending (or failed) and the job retries.
 * A message too large to be sure it left the process is committed after the server's answer, as before.
 */
export async function deliverEmail(
  em: EntityManager,
  transport: MailTransport,
  from: string,
  emailMessageId: string,
  isLastAttempt: boolean,
): Promise<DeliveryOutcome> {
  // A temporary refusal is recorded (attempts, last error) and committed, then thrown so the job retries.
  let retry = { pending: false, error: undefined as unknown };
  let answer: Promise<void> | null = null;
  const outcome = await em.transactional(async (tx): Promise<DeliveryOutcome> => {
    const message = await tx.findOne(EmailMessage, emailMessageId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!message) return 'missing';
    if (message.status !== EmailStatus.PENDING) return 'skipped';
    if (!transport.configured) {
      message.markStored(new Date());
      return 'stored';
    }
    // "Sent" is written before the hand-off under a savepoint (undone if the server refuses first), so that the
    // hand-off is followed by the COMMIT alone. The COMMIT does not wait for the WAL flush: a database crash could undo
    // a "sent" mark, which means a resend with the same Message-ID, never a lost message.
    const run = (sql: string, params: unknown[] = []): Promise<unknown> =>
      tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext());
    await run('set local synchronous_commit = off');
    await run('savepoint email_sent');
    await run(SENT_SQL, [message.id]);
    let handedOver!: () => void;
    const handOff = new Promise<FirstEvent>(
      (resolve) => (handedOver = () => resolve({ kind: 'handed-over' })),
    );
    const sending = transport.send(
      {
        from,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody ?? '',
        html: message.htmlBody ?? '',
        messageId: message.messageId,
        attachments: message.attachments ?? [],
      },
      handedOver,
    );
    const first = await Promise.race<FirstEvent>([
      handOff,
      sending.then(
        () => ({ kind: 'answered' }),
        (error: unknown) => ({ kind: 'refused', error }),
      ),
    ]);
    if (first.kind === 'handed-over') {
      answer = sending;
    } else if (first.kind === 'answered') {
      await run(ACCEPTED_SQL, [message.id]);
    } else {
      await run('rollback to savepoint email_sent');
      const permanent = isPermanentSmtpError(first.error) || isLastAttempt;
      message.recordFailure((first.error as Error).message, permanent);
      await tx.flush();
      if (!permanent) retry = { pending: true, error: first.error };
      return 'skipped';
    }
    tx.getUnitOfWork().clear();
    return 'sent';
  });
  if (answer) return recordAnswer(em, emailMessageId, answer, isLastAttempt);
  if (retry.pending) throw retry.error;
  return outcome;
}

/** After "sent" was committed at the hand-off: the server's answer clears the body, or undoes "sent". */
async function recordAnswer(
  em: EntityManager,
  emailMessageId: string,
  answer: Promise<void>,
  isLastAttempt: boolean,
): Promise<DeliveryOutcome> {
  const connection = em.getConnection();
  try {
    await answer;
  } catch (error) {
    const permanent = isPermanentSmtpError(error) || isLastAttempt;
    const status = permanent ? EmailStatus.FAILED : EmailStatus.PENDING;
    await connection.execute(
      REFUSED_SQL,
      [status, (error as Error).message.slice(0, 2000), emailMessageId],
      'run',
    );
    if (permanent) return 'skipped';
    throw error;
  }
  await connection.execute(ACCEPTED_SQL, [emailMessageId], 'run');
  return 'sent';
}
