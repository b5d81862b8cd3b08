import { connect, type Socket } from 'node:net';
import type SMTPConnection from 'nodemailer/lib/smtp-connection';

/** nodemailer's own defaults, for a URL without a port and a server that never answers. */
const SUBMISSION_PORT = 587;
const SMTPS_PORT = 465;
const CONNECTION_TIMEOUT_MS = 2 * 60 * 1000;

/** What the connection needs of nodemailer's options (parsed from SMTP_URL). */
type ConnectOptions = Pick<SMTPConnection.Options, 'host' | 'port' | 'secure' | 'connectionTimeout'>;
type SocketCallback = (error: Error | null, socketOptions?: { connection: Socket }) => void;

/**
 * nodemailer's `getSocket`: the TCP connection to the SMTP server, with Nagle's algorithm off. nodemailer leaves it
 * on, so the message's last line (`.`, five bytes) waits in our kernel until the server acknowledges the body, which
 * a server waiting for that very line delays (delayed ACK): about 40 ms per message on Linux, over 200 ms on a busy
 * machine. Each message cost that much time, and a worker that died in between had handed the message over without
 * knowing it: its kernel sends what it holds as it closes the socket, the server accepts it, and the retry sends it a
 * second time. nodemailer takes the connected socket as it is, and still upgrades it for `smtps:`/STARTTLS.
 */
export function connectWithoutDelay(options: ConnectOptions, callback: SocketCallback): void {
  const port = Number(options.port) || (options.secure ? SMTPS_PORT : SUBMISSION_PORT);
  const socket = connect({ host: options.host ?? 'localhost', port, noDelay: true });
  const fail = (error: Error): void => {
    clearTimeout(timer);
    socket.destroy();
    callback(error);
  };
  const timer = setTimeout(
    () => fail(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' })),
    options.connectionTimeout ?? CONNECTION_TIMEOUT_MS,
  );
  socket.once('error', fail);
  socket.once('connect', () => {
    clearTimeout(timer);
    socket.removeListener('error', fail);
    callback(null, { connection: socket });
  });
}
