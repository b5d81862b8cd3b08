import type { Readable } from 'node:stream';

/** Reads a whole stream into memory (S3 needs the length up front when the caller does not know it). */
export async function readBody(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

export function sizeMismatch(key: string, expected: number, actual: number): Error {
  return new Error(`Expected ${expected} bytes for ${key} but the body has ${actual}; nothing was stored`);
}
