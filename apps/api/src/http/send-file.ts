import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from '@parity/shared/storage';

/** A file built or read for one person: never cached by a shared cache nor kept by the browser. */
export interface PrivateFile {
  body: Buffer | string | Readable;
  /** Bytes; taken from the body when it is a Buffer or a string, omitted for a stream of unknown size. */
  size?: number;
  contentType: string;
  /** The name offered to save it under (made safe and RFC 5987-encoded here). */
  fileName: string;
  /** Default `private, no-store`. */
  cacheControl?: string;
}

const lengthOf = (file: PrivateFile): number | null =>
  file.size ??
  (typeof file.body === 'string' || Buffer.isBuffer(file.body) ? Buffer.byteLength(file.body) : null);

/** Sends a private download: its type, an attachment disposition, its length, and not cached (`private, no-store` unless told). */
export async function sendFile(reply: FastifyReply, file: PrivateFile): Promise<void> {
  const length = lengthOf(file);
  if (length !== null) reply.header('Content-Length', String(length));
  await reply
    .header('Content-Type', file.contentType)
    .header('Content-Disposition', contentDisposition(file.fileName))
    .header('Cache-Control', file.cacheControl ?? 'private, no-store')
    .send(file.body);
}
