import { crc32, deflateSync } from 'node:zlib';
import type { CertificatePdfInput } from './certificate-pdf-input';

/** A certificate for an English-speaking learner in Montenegro; specs override what they are about. */
export function givenCertificate(overrides: Partial<CertificatePdfInput> = {}): CertificatePdfInput {
  return {
    locale: 'en',
    timeZone: 'Europe/Podgorica',
    holderName: 'Ana Marković',
    courseTitle: 'Gender Equality in the Armed Forces: Foundations for Commanders and Trainers',
    institutionName: 'Ministry of Defence of Montenegro',
    serialNumber: 'PAR-2026-000123',
    // 23:30 UTC on 31 March is already 1 April in Podgorica (UTC+2 in summer).
    issuedAt: new Date('2026-03-31T23:30:00Z'),
    expiresAt: null,
    verificationUrl: 'https://parity.example.org/verify/7K3M9QXW2D4H8RTV6BNC5PZJ1FGY0SAE',
    template: {
      primaryColor: '#1d4e89',
      accentColor: '#c89b3c',
      logo: null,
      signatories: [
        { name: 'Maja Vuković', title: 'Gender Coach' },
        { name: 'Dragan Krivokapić', title: 'Director of Human Resources' },
      ],
    },
    ...overrides,
  };
}

/** A real PNG (8-bit RGB, 3 × 2 pixels), built by hand so the spec needs no image file. */
export function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(3, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = [0, 0x1d, 0x4e, 0x89, 0xff, 0xff, 0xff, 0xc8, 0x9b, 0x3c];
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([...row, ...row]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The start of a baseline JPEG (SOI, a 1 × 1 greyscale SOF0 frame header, EOI): all pdf-lib reads from a JPEG,
 * which it embeds as is with /DCTDecode.
 */
export function tinyJpegHeader(): Buffer {
  return Buffer.from([
    0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9,
  ]);
}
