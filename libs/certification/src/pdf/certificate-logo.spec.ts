import { sniffLogoFormat } from './certificate-logo';
import { tinyJpegHeader, tinyPng } from './certificate-pdf.fixtures';

describe('logo formats', () => {
  it('are recognised by their magic bytes, not by what the upload claimed', () => {
    expect(sniffLogoFormat(tinyPng())).toBe('png');
    expect(sniffLogoFormat(tinyJpegHeader())).toBe('jpeg');
    expect(sniffLogoFormat(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffLogoFormat(Buffer.from([0x89, 0x50]))).toBeNull();
    expect(sniffLogoFormat(Buffer.alloc(0))).toBeNull();
  });
});
