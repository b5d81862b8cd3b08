import zlib from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { installNodeDeflate } from './node-deflate';

describe('node deflate for pdf-lib', () => {
  it('makes pdf-lib compress its streams with Node’s zlib, readable by any inflater', async () => {
    installNodeDeflate();
    const deflate = jest.spyOn(zlib, 'deflateSync');
    const doc = await PDFDocument.create();
    const text = new TextEncoder().encode('BT /F1 12 Tf (Parity) Tj ET\n'.repeat(50));
    const contents = doc.context.flateStream(text).getContents();
    expect(deflate).toHaveBeenCalledTimes(1);
    expect(zlib.inflateSync(contents).equals(Buffer.from(text))).toBe(true);
    deflate.mockRestore();
  });
});
