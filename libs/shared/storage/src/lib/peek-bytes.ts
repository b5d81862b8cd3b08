import { Readable } from 'node:stream';

/**
 * Reads the first `count` bytes of an upload stream (for `sniffContentType`) and returns them with a stream that
 * still yields the whole content, so the upload can be checked before it is stored without buffering it.
 */
export async function peekBytes(source: Readable, count: number): Promise<{ head: Buffer; body: Readable }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const seen: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < count) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    seen.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(seen).subarray(0, count);
  async function* replay(): AsyncGenerator<Buffer> {
    yield* seen;
    if (done) return;
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        yield Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
      }
    } finally {
      await iterator.return?.(); // the body was abandoned: release (destroy) the source
    }
  }
  return { head, body: Readable.from(replay(), { objectMode: false }) };
}
