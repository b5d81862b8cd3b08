import { rgb } from 'pdf-lib';
import { hexColor } from './hex-color';

describe('template colours', () => {
  const fallback = rgb(0, 0, 0);

  it('reads six- and three-digit hex colours, with or without #', () => {
    expect(hexColor('#1d4e89', fallback)).toEqual(rgb(0x1d / 255, 0x4e / 255, 0x89 / 255));
    expect(hexColor('18A', fallback)).toEqual(rgb(0x11 / 255, 0x88 / 255, 0xaa / 255));
  });

  it('falls back instead of failing the certificate when a colour is malformed', () => {
    expect(hexColor('navy', fallback)).toBe(fallback);
    expect(hexColor('#12345', fallback)).toBe(fallback);
  });
});
