import { proposeSessionSchema } from './session-input.schema';

const valid = {
  engagementId: '7d3c3f0e-8f0c-4c36-9a63-2b1b1b0c7a11',
  proposedTimes: [new Date(Date.now() + 86_400_000)],
  durationMinutes: 60,
  timeZone: 'Europe/Podgorica',
};

describe('proposeSessionSchema', () => {
  const problems = (input: object) =>
    proposeSessionSchema.safeParse({ ...valid, ...input }).error?.issues.map((issue) => issue.path.join('.'));

  it('keeps an online link as the URL parser writes it, so no raw control character reaches a calendar file', () => {
    const parsed = proposeSessionSchema.parse({ ...valid, onlineUrl: ' https://meet.example.org/a b\r\nX ' });
    expect(parsed.onlineUrl).toBe('https://meet.example.org/a%20bX');
    expect(parsed.onlineUrl).not.toMatch(/[\r\n]/);
  });

  it('refuses links that are not web addresses, and text no column can hold', () => {
    expect(problems({ onlineUrl: 'javascript:alert(1)' })).toEqual(['onlineUrl']);
    expect(problems({ onlineUrl: 'https://meet.example.org/a\u0000b' })).toEqual(['onlineUrl']);
    expect(problems({ agenda: 'a\u0000b' })).toEqual(['agenda']);
    expect(problems({ timeZone: 'Mars/Olympus' })).toEqual(['timeZone']);
  });
});
