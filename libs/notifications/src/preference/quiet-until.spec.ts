import { quietUntil } from './quiet-until';

describe('quiet hours: non-urgent e-mail waits until they end, in the person’s time zone', () => {
  it('delays a message written at 23:30 in Belgrade until 07:00 there', () => {
    // 22:30 UTC is 23:30 in Belgrade (CET, winter).
    const until = quietUntil(new Date('2026-11-30T22:30:00Z'), 'Europe/Belgrade', 22 * 60, 7 * 60);
    expect(until?.toISOString()).toBe('2026-12-01T06:00:00.000Z');
  });

  it('lets a message written outside the quiet hours go at once', () => {
    expect(quietUntil(new Date('2026-11-30T12:00:00Z'), 'Europe/Belgrade', 22 * 60, 7 * 60)).toBeNull();
  });

  it('handles quiet hours within one day and the person’s own zone', () => {
    const until = quietUntil(new Date('2026-11-30T12:15:00Z'), 'Europe/Skopje', 13 * 60, 14 * 60);
    expect(until?.toISOString()).toBe('2026-11-30T13:00:00.000Z');
    expect(quietUntil(new Date('2026-11-30T12:15:00Z'), 'Europe/London', 13 * 60, 14 * 60)).toBeNull();
  });

  it('treats equal start and end as no quiet hours', () => {
    expect(quietUntil(new Date('2026-11-30T22:30:00Z'), 'Europe/Belgrade', 600, 600)).toBeNull();
  });
});
