import { Readable, Transform, type TransformCallback } from 'node:stream';

/**
 * A message this size or smaller goes into an empty TCP send buffer in one write (Linux starts a connection's buffer at
 * 16 KiB and grows it from there; a pooled connection's buffer is empty when its previous message was answered).
 */
export const HAND_OFF_MAX_BYTES = 12 * 1024;

/**
 * The last stream of a message on its way to the SMTP connection. It tells when the whole message, its closing "."
 * included, has been written to the socket and sits in the kernel: from then on the server gets it even if this
 * process dies, so the sender can record "sent" at that moment instead of after the server's answer.
 *
 * nodemailer pipes this stream into its SMTP data stream, which adds the closing "." and is piped into the socket; the
 * data stream ends once the socket has taken its last byte. A message larger than `HAND_OFF_MAX_BYTES`, or one the
 * connection had to slow down (a pipe paused before the end), may still be waiting in this process, so it never
 * counts as handed over: its sender waits for the server's answer. So does a message piped anywhere else.
 */
export class HandOffWatch extends Transform {
  private bytes = 0;
  private slowedDown = false;

  constructor(private readonly onHandedOver: () => void) {
    super();
    this.watchPauses(this);
  }

  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    if (destination instanceof Readable) {
      this.watchPauses(destination);
      destination.once('end', () => {
        if (!this.slowedDown && this.bytes <= HAND_OFF_MAX_BYTES) this.onHandedOver();
      });
    }
    return super.pipe(destination, options);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    callback(null, chunk);
  }

  /** A pipe pauses its source when the destination is full, and once more when the source has ended. */
  private watchPauses(stream: Readable): void {
    stream.on('pause', () => {
      if (!stream.readableEnded) this.slowedDown = true;
    });
  }
}
