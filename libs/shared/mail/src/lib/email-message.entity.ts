import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import type { EmailAttachment } from './email-attachment';

export enum EmailStatus {
  /** Written with its cause, waiting for the worker. */
  PENDING = 'pending',
  /** Handed to the SMTP server. */
  SENT = 'sent',
  /** No SMTP server configured: kept in the outbox for admins to read (development default). */
  STORED = 'stored',
  /** Permanently failed after retries, or rejected by the server. */
  FAILED = 'failed',
}

export interface NewEmail {
  kind: string;
  to: string;
  locale: string;
  subject: string;
  text: string;
  html: string;
  institutionId?: string | null;
  /** Not before this time (the person's quiet hours): the job is delayed and the relay leaves it alone until then. */
  notBefore?: Date | null;
  /** Files sent with the message (a calendar invitation); none by default. */
  attachments?: EmailAttachment[] | null;
}

/** The e-mail outbox: a message is written in the same transaction as the fact that causes it. */
@Entity({ tableName: 'email_message' })
@Index({ properties: ['status', 'createdAt'] })
export class EmailMessage extends BaseEntity {
  @Property({ type: 'string', length: 64 })
  kind: string;

  @Property({ type: 'string', length: 320 })
  toAddress: string;

  @Property({ type: 'string', length: 16 })
  locale: string;

  @Property({ type: 'string', length: 300 })
  subject: string;

  @Property({ type: 'text', nullable: true })
  textBody: string | null;

  @Property({ type: 'text', nullable: true })
  htmlBody: string | null;

  @Enum({ items: () => EmailStatus, nativeEnumName: 'email_status' })
  status: EmailStatus = EmailStatus.PENDING;

  @Property({ type: 'integer' })
  attempts = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'string', length: 200 })
  messageId: string;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  institutionId: string | null;

  @Property({ type: 'datetime', nullable: true })
  notBefore: Date | null;

  /** Files sent with the message, as text; cleared with the body once sent. */
  @Property({ type: 'json', nullable: true })
  attachments: EmailAttachment[] | null;

  constructor(input: NewEmail, domain: string) {
    super();
    this.kind = input.kind;
    this.toAddress = input.to;
    this.locale = input.locale;
    this.subject = input.subject;
    this.textBody = input.text;
    this.htmlBody = input.html;
    this.institutionId = input.institutionId ?? null;
    this.notBefore = input.notBefore ?? null;
    this.attachments = input.attachments?.length ? input.attachments : null;
    this.messageId = `<${this.id}@${domain}>`;
  }

  markStored(at: Date): void {
    this.status = EmailStatus.STORED;
    this.deliveredAt = at;
  }

  recordFailure(error: string, permanent: boolean): void {
    this.attempts += 1;
    this.lastError = error.slice(0, 2000);
    if (permanent) this.status = EmailStatus.FAILED;
  }
}
