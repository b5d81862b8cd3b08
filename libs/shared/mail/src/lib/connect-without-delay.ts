import { connect, type Socket } from 'node:net';
import type SMTPConnection from 'nodemailer/lib/smtp-connection';

/** nodemailer's own defaults for a URL without a port. */
const SUBMISSION_PORT = 587;
const SMTPS_PORT = 465;

/** What the connection needs of nodemailer's options (parsed from SMTP_URL). */
type ConnectOptions = Pick<SMTPConnection.Options, 'host' | 'port' | 'secure' | 'localAddress'>;
type SocketCallback = (error: Error | null, socketOptions?: { connection: Socket }) => void;

/**
 * nodemailer's `getSocket`: the TCP connection to the SMTP server, with Nagle's algorithm off. nodemailer leaves it
 * on, so the message's last line (`.`, five bytes) waits in our kernel until the server acknowledges the body, which
 * a server waiting for that very line delays (delayed ACK): about 40 ms per message on Linux, and far more on a busy
 * machine. Each message cost that much time, and a worker that died in between had handed the message over without
 * knowing it: its kernel sends what it holds as it closes the socket, the server accepts it, and the retry sends it a
 * second time.
 *
 * The socket is handed over while it is still connecting, so that everything else stays nodemailer's: its error
 * handling (a failed connection is an `ESOCKET` error and leaves the pool, which a `getSocket` error would not: the
 * pool would keep the dead slot and later messages would wait for ever), its greeting timeout, the TLS upgrade of
 * `smtps:` and STARTTLS.
 */
export function connectWithoutDelay(options: ConnectOptions, callback: SocketCallback): void {
  const socket = connect({
    host: options.host ?? 'localhost',
    port: Number(options.port) || (options.secure ? SMTPS_PORT : SUBMISSION_PORT),
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
    noDelay: true,
    keepAlive: true,
  });
  callback(null, { connection: socket });
}
