/**
 * SMTP hand-off: one message after another over one pooled connection to an SMTP server in this process, with
 * Parity's transport (Nagle's algorithm off on the connection) as a ratio to nodemailer's default connection measured
 * in the same run. The time a message waits for the server's answer is the time in which a worker that dies leaves a
 * delivered message unrecorded (reminders-chaos.spec.ts). Run: npx jest -c test/bench/jest.config.js smtp-delivery
 */
import nodemailer from 'nodemailer';
import { MailTransport, type OutgoingMail } from '@parity/shared/mail';
import { SmtpSink } from '@parity/shared/testing';

const MESSAGES = Number(process.env['BENCH_SMTP_MESSAGES'] ?? 200);
const body = 'Rok za završetak kursa „Rodna ravnopravnost u sektoru bezbjednosti” je sutra. '.repeat(40);
const mail = (n: number): OutgoingMail => ({
  from: 'parity@parity.test',
  to: `learner-${n}@parity.test`,
  subject: `Podsjetnik ${n}`,
  text: body,
  html: `<p>${body}</p>`,
  messageId: `<bench-${n}@parity.test>`,
});

async function msPerMessage(send: (message: OutgoingMail) => Promise<unknown>): Promise<number> {
  await send(mail(0)); // the connection is opened outside the measure
  const started = performance.now();
  for (let n = 1; n <= MESSAGES; n++) await send(mail(n));
  return (performance.now() - started) / MESSAGES;
}

describe('benchmark: SMTP hand-off over one pooled connection', () => {
  const sink = new SmtpSink();
  let url = '';

  beforeAll(async () => {
    url = await sink.start();
  });
  afterAll(() => sink.stop());

  it("sends each message faster than nodemailer's default connection", async () => {
    const defaults = nodemailer.createTransport(`${url}/?pool=true&maxConnections=1`);
    const baseline = await msPerMessage((message) => defaults.sendMail(message));
    defaults.close();

    const parity = new MailTransport(`${url}/?pool=true&maxConnections=1`);
    const ours = await msPerMessage((message) => parity.send(message));
    parity.close();

    const ratio = Math.round((ours / baseline) * 100) / 100;
    process.stdout.write(
      `smtp-delivery: ${MESSAGES} messages, one connection: nodemailer default ${baseline.toFixed(1)} ms/message, ` +
        `Parity ${ours.toFixed(1)} ms/message, ratio ${ratio}\n`,
    );
    expect(sink.received).toHaveLength(2 * (MESSAGES + 1));
    expect(ratio).toBeLessThan(0.5);
  });
});
