import { EventEmitter } from 'node:events';
import net from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { connectWithoutDelay } from './connect-without-delay';
import { MailTransport } from './mail-transport';

const mail = (n: number) => ({
  from: 'parity@parity.test',
  to: `learner-${n}@parity.test`,
  subject: `Reminder ${n}`,
  text: 'Your course is due tomorrow.',
  html: '<p>Your course is due tomorrow.</p>',
  messageId: `<reminder-${n}@parity.test>`,
});

/** A port on this machine where nothing listens. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('connectWithoutDelay (the SMTP connection nodemailer is given)', () => {
  let connect: jest.SpyInstance | undefined;
  afterEach(() => connect?.mockRestore());

  it('connects to the host and port of the URL with Nagle’s algorithm off, and keeps the connection alive', () => {
    const socket = Object.assign(new EventEmitter(), { destroy: jest.fn() }) as unknown as Socket;
    connect = jest.spyOn(net, 'connect').mockReturnValue(socket);
    const handed: unknown[] = [];

    connectWithoutDelay({ host: 'mail.example.test', port: 2525 }, (error, options) =>
      handed.push(error, options),
    );

    expect(connect).toHaveBeenCalledWith(
      expect.objectContaining({ host: 'mail.example.test', port: 2525, noDelay: true, keepAlive: true }),
    );
    expect(handed).toEqual([null, { connection: socket }]);
  });

  it('uses the port of smtps (465) or of submission (587) when the URL names none', () => {
    const socket = Object.assign(new EventEmitter(), { destroy: jest.fn() }) as unknown as Socket;
    connect = jest.spyOn(net, 'connect').mockReturnValue(socket);

    connectWithoutDelay({ host: 'mail.example.test', secure: true }, () => undefined);
    connectWithoutDelay({ host: 'mail.example.test' }, () => undefined);

    expect(connect).toHaveBeenNthCalledWith(1, expect.objectContaining({ port: 465 }));
    expect(connect).toHaveBeenNthCalledWith(2, expect.objectContaining({ port: 587 }));
  });

  it('lets a pool whose server refuses connections fail every message, more than it has connections, and none hangs', async () => {
    const transport = new MailTransport(`smtp://127.0.0.1:${await closedPort()}/?pool=true&maxConnections=2`);
    try {
      const outcomes = await Promise.all(
        [1, 2, 3, 4, 5].map((n) =>
          transport.send(mail(n)).then(
            () => 'sent',
            (error: NodeJS.ErrnoException & { responseCode?: number }) => [error.code, error.responseCode],
          ),
        ),
      );
      // A connection error, not an SMTP refusal: the job retries it (isPermanentSmtpError needs a 5xx reply).
      expect(outcomes).toEqual(Array(5).fill(['ESOCKET', undefined]));
    } finally {
      transport.close();
    }
  }, 15_000);
});
