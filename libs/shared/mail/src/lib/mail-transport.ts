import nodemailer, { type Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import { connectWithoutDelay } from './connect-without-delay';
import type { EmailAttachment } from './email-attachment';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  attachments?: EmailAttachment[];
}

/** SMTP delivery through nodemailer, or none at all when SMTP_URL is not configured. */
export class MailTransport {
  private readonly transporter: Transporter | null;

  /**
   * Reminders go out in bursts of thousands: connections are pooled unless the URL says otherwise (`?pool=false`),
   * and made without Nagle's delay (see `connectWithoutDelay`).
   */
  constructor(smtpUrl: string | undefined) {
    if (!smtpUrl) {
      this.transporter = null;
      return;
    }
    this.transporter = nodemailer.createTransport({
      pool: true,
      ...parseConnectionUrl(smtpUrl),
      getSocket: connectWithoutDelay,
    });
  }

  get configured(): boolean {
    return this.transporter !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transporter) throw new Error('No SMTP server is configured');
    const { attachments, ...message } = mail;
    await this.transporter.sendMail({
      ...message,
      headers: { 'Auto-Submitted': 'auto-generated' },
      // Text content, UTF-8; the content type keeps its parameters (`text/calendar; method=REQUEST`).
      attachments: (attachments ?? []).map(({ filename, contentType, content }) => ({
        filename,
        contentType: `${contentType}; charset=utf-8`,
        content,
      })),
    });
  }

  close(): void {
    this.transporter?.close();
  }
}

/** SMTP replies 5xx are permanent: retrying cannot help. */
export function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: number } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
