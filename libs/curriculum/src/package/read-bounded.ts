import type { Readable } from 'node:stream';

/**
 * Reads a whole request body, but never more than `maxBytes`: past the limit the stream is destroyed (nothing more is
 * read from the client) and `tooLarge()` is thrown.
 */
export async function readBounded(body: Readable, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    length += bytes.length;
    if (length > maxBytes) {
      body.destroy();
      throw tooLarge();
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, length);
}
