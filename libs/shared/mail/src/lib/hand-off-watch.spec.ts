import { PassThrough, Readable, Transform, Writable } from 'node:stream';
import { HAND_OFF_MAX_BYTES, HandOffWatch } from './hand-off-watch';

/** Stands in for nodemailer's SMTP data stream: adds the closing "." and is piped into the socket. */
function smtpData(socket: Writable): Transform {
  const data = new Transform({
    transform: (chunk: Buffer, _encoding, callback) => callback(null, chunk),
    flush: (callback) => callback(null, Buffer.from('\r\n.\r\n')),
  });
  data.pipe(socket, { end: false });
  return data;
}

/** A socket that takes everything at once, or one that takes a small chunk at a time, slowly. */
function socket(slow = false): { stream: Writable; written: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: slow ? 16 : 16 * 1024,
    write: (chunk: Buffer, _encoding, callback) => {
      chunks.push(chunk);
      if (slow) setTimeout(callback, 5);
      else callback();
    },
  });
  return { stream, written: () => Buffer.concat(chunks).toString() };
}

/** Sends `body` through the watch; resolves with what the socket held when the hand-off was reported, if it was. */
function send(body: string, target: Writable, data?: Transform): Promise<string | null> {
  return new Promise((resolve) => {
    let reported: string | null = null;
    const sink = target as Writable & { written?: () => string };
    const watch = new HandOffWatch(() => (reported = sink.written?.() ?? ''));
    Readable.from([Buffer.from(body)])
      .pipe(watch)
      .pipe(data ?? target);
    setTimeout(() => resolve(reported), 300);
  });
}

describe('HandOffWatch: the moment a whole message has left for the SMTP server', () => {
  it('reports the hand-off once the closing "." is written to the socket, and not before', async () => {
    const { stream, written } = socket();
    const reported = await send(
      'Subject: hello\r\n\r\nbody',
      Object.assign(stream, { written }),
      smtpData(stream),
    );
    expect(reported).toBe('Subject: hello\r\n\r\nbody\r\n.\r\n');
  });

  it('does not report a message larger than a TCP send buffer surely takes in one write', async () => {
    const { stream, written } = socket();
    const body = 'x'.repeat(HAND_OFF_MAX_BYTES + 1);
    expect(await send(body, Object.assign(stream, { written }), smtpData(stream))).toBeNull();
    expect(written()).toHaveLength(body.length + 5);
  });

  it('does not report a message the connection had to slow down: part of it may still wait in this process', async () => {
    const { stream, written } = socket(true);
    expect(await send('y'.repeat(4096), Object.assign(stream, { written }), smtpData(stream))).toBeNull();
  });

  it('does not report a message piped anywhere but a stream that ends after it (nothing tells when it left)', async () => {
    const { stream } = socket();
    expect(await send('Subject: hello\r\n\r\nbody', stream)).toBeNull();
  });

  it('does not report a message whose source failed part-way', async () => {
    let reported = false;
    const source = new PassThrough();
    source.on('error', () => undefined);
    const watch = new HandOffWatch(() => (reported = true));
    const { stream } = socket();
    source.pipe(watch).pipe(smtpData(stream));
    source.write('Subject: hello\r\n');
    source.destroy(new Error('attachment unreadable'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reported).toBe(false);
  });
});
