import { Readable } from 'node:stream';
import { peekBytes } from './peek-bytes';
import { readBody } from './read-body';

describe('peekBytes', () => {
  it('returns the first bytes and a stream that still yields everything', async () => {
    const source = Readable.from([Buffer.from('%PD'), Buffer.from('F-1.7 rest'), Buffer.from(' of file')]);

    const { head, body } = await peekBytes(source, 5);

    expect(head.toString()).toBe('%PDF-');
    expect((await readBody(body)).toString()).toBe('%PDF-1.7 rest of file');
  });

  it('copes with a stream shorter than the peek', async () => {
    const { head, body } = await peekBytes(Readable.from([Buffer.from('hi')]), 512);

    expect(head.toString()).toBe('hi');
    expect((await readBody(body)).toString()).toBe('hi');
  });
});
