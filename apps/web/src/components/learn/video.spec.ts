import { describe, expect, it } from 'vitest';
import { embeddableVideo, safeLink } from './video';

const origin = 'https://parity.example';

describe('lesson video', () => {
  it('embeds same-origin video files only', () => {
    expect(embeddableVideo('/files/abc/intro.mp4', origin)).toBe(true);
    expect(embeddableVideo('https://parity.example/files/a.webm', origin)).toBe(true);
    expect(embeddableVideo('https://www.youtube.com/watch?v=x', origin)).toBe(false);
    expect(embeddableVideo('https://cdn.example/a.mp4', origin)).toBe(false);
  });

  it('links to http(s) addresses only', () => {
    expect(safeLink('https://www.youtube.com/watch?v=x', origin)).toBe('https://www.youtube.com/watch?v=x');
    expect(safeLink('javascript:alert(1)', origin)).toBeNull();
    expect(safeLink('data:text/html,hi', origin)).toBeNull();
  });
});
