import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/**
 * A real SMTP server in this process: collects what it receives; refuses recipients starting with "reject" (550,
 * permanent) and, the first time only, those starting with "busy" (451, try again later). After the whole message,
 * it refuses messages to "late-reject…" (550) and, the first time only, to "late-busy…" (451), without keeping them.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private readonly deferred = new Set<string>();
  private server: SMTPServer;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (address.address.startsWith('reject')) {
          const error = new Error('Mailbox unavailable') as Error & { responseCode: number };
          error.responseCode = 550;
          callback(error);
          return;
        }
        if (address.address.startsWith('busy') && !this.deferred.has(address.address)) {
          this.deferred.add(address.address);
          const error = new Error('Mailbox busy, try again later') as Error & { responseCode: number };
          error.responseCode = 451;
          callback(error);
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          const refusal = this.refusalAfterData(to[0] ?? '');
          if (refusal) {
            callback(refusal);
            return;
          }
          this.received.push({ to, raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    // A client killed mid-conversation (a worker in a chaos test) resets its connection: not the test's failure.
    this.server.on('error', () => undefined);
  }

  private refusalAfterData(address: string): Error | null {
    const refuse = (message: string, responseCode: number) =>
      Object.assign(new Error(message), { responseCode });
    if (address.startsWith('late-reject')) return refuse('Message refused by content filter', 550);
    if (address.startsWith('late-busy') && !this.deferred.has(address)) {
      this.deferred.add(address);
      return refuse('Queue full, try again later', 451);
    }
    return null;
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
