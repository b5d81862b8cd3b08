import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';

/**
 * pdf-lib compresses every stream (page content, font subsets, images) with `pako.deflate`, pure JavaScript. Node's
 * zlib does the same work in C about 2 ms faster per certificate, which matters for the ≥100 certificates/s per
 * worker budget. pdf-lib calls `pako_1.default.deflate(...)` at call time, so replacing the function on the pako
 * module object that pdf-lib itself resolves (located from pdf-lib's directory, not ours) is enough. Both produce
 * the zlib format pdf-lib expects for `/FlateDecode`; the output is deterministic for one Node build.
 *
 * Imported for its effect by the renderer; installing twice is harmless.
 */
export function installNodeDeflate(): void {
  const pdfLibRequire = createRequire(require.resolve('pdf-lib'));
  const pako: unknown = pdfLibRequire('pako');
  if (typeof pako !== 'object' || pako === null || !('deflate' in pako)) {
    throw new Error('pdf-lib no longer uses pako.deflate: remove node-deflate.ts or adapt it');
  }
  Object.assign(pako, { deflate: nodeDeflate });
}

/** pako's `deflate(data)` signature backed by `zlib.deflateSync` (same default level 6, same zlib wrapper). */
export function nodeDeflate(data: Uint8Array): Uint8Array {
  return deflateSync(data);
}

installNodeDeflate();
