import { fitText, type MeasureText } from './text-fit';

/** Every character is 0.5 em wide. */
const measure: MeasureText = (text, size) => [...text].length * size * 0.5;

describe('fitting names and titles', () => {
  const options = { maxWidth: 100, maxLines: 3, size: 20, minSize: 8 };

  it('keeps a short text on one line at the design size', () => {
    expect(fitText('  Ana   Marković ', measure, options)).toEqual({ lines: ['Ana Marković'], size: 16 });
    expect(fitText('Ana', measure, options)).toEqual({ lines: ['Ana'], size: 20 });
  });

  it('shrinks a little before it wraps, and wraps before it shrinks a lot', () => {
    expect(fitText('abcdefghijkl', measure, options)).toEqual({ lines: ['abcdefghijkl'], size: 16 });
    expect(fitText('abcdefg hijklmn', measure, options)).toEqual({ lines: ['abcdefg', 'hijklmn'], size: 20 });
  });

  it('breaks a word wider than a line and ends text that never fits with an ellipsis', () => {
    const word = fitText('x'.repeat(30), measure, { ...options, maxLines: 2 });
    expect(word).toEqual({ lines: ['x'.repeat(25), 'x'.repeat(5)], size: 8 });
    const endless = fitText(Array.from({ length: 40 }, () => 'word').join(' '), measure, options);
    expect(endless.size).toBe(8);
    expect(endless.lines).toHaveLength(3);
    expect(endless.lines[2]).toMatch(/…$/);
    for (const line of endless.lines) expect(measure(line, 8)).toBeLessThanOrEqual(100);
  });
});
