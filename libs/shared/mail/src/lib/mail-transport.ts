import nodemailer, { type Transporter } from 'nodemailer';
import type { Readable } from 'node:stream';
import type { EmailAttachment } from './email-attachment';
import { HandOffWatch } from './hand-off-watch';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  attachments?: EmailAttachment[];
}

/** What `sendMail` carries to the stream plugin: called once the whole message is in the kernel (see HandOffWatch). */
interface WatchedMail {
  onHandedOver?: () => void;
}

/** SMTP delivery through nodemailer, or none at all when SMTP_URL is not configured. */
export class MailTransport {
  private readonly transporter: Transporter | null;

  /**
   * Reminders go out in bursts of thousands: connections are pooled unless the URL says otherwise (`?pool=false`).
   * nodemailer ignores a `pool` option given next to a URL, so it goes into the URL.
   */
  constructor(smtpUrl: string | undefined) {
    if (!smtpUrl) {
      this.transporter = null;
      return;
    }
    const url = new URL(smtpUrl);
    if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
    this.transporter = nodemailer.createTransport(url.toString());
    this.transporter.use('stream', (mail, done) => {
      const { onHandedOver } = mail.data as WatchedMail;
      if (onHandedOver) {
        mail.message.processFunc((input: Readable) => {
          const watch = new HandOffWatch(onHandedOver);
          input.once('error', (error) => watch.destroy(error));
          return input.pipe(watch);
        });
      }
      done();
    });
  }

  get configured(): boolean {
    return this.transporter !== null;
  }

  /**
   * Resolves with the server's answer to the message. `onHandedOver` is called before that, as soon as the whole
   * message is written to the connection, unless it is too large to be sure it left this process (see HandOffWatch).
   */
  async send(mail: OutgoingMail, onHandedOver?: () => void): Promise<void> {
    if (!this.transporter) throw new Error('No SMTP server is configured');
    const { attachments, ...message } = mail;
    const watched: WatchedMail = onHandedOver ? { onHandedOver } : {};
    await this.transporter.sendMail({
      ...message,
      ...watched,
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
