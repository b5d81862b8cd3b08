import { describe, expect, it } from 'vitest';
import { groupByDay, isoToZonedLocal, weekRange, zonedLocalToIso } from './session-time';

describe('session times in a time zone', () => {
  it('reads a wall-clock time in the session zone as the right instant, summer and winter', () => {
    expect(zonedLocalToIso('2027-03-02T10:00', 'Europe/Podgorica')).toBe('2027-03-02T09:00:00.000Z');
    expect(zonedLocalToIso('2027-07-02T10:00', 'Europe/Podgorica')).toBe('2027-07-02T08:00:00.000Z');
    expect(zonedLocalToIso('2027-07-02T10:00', 'UTC')).toBe('2027-07-02T10:00:00.000Z');
  });

  it('refuses what is not a time or not a zone', () => {
    expect(zonedLocalToIso('', 'UTC')).toBeNull();
    expect(zonedLocalToIso('2027-07-02T10:00', 'Mars/Olympus')).toBeNull();
  });

  it('shows an instant as the wall clock of a zone (the reschedule form starts from it)', () => {
    expect(isoToZonedLocal('2027-03-02T09:00:00.000Z', 'Europe/Podgorica')).toBe('2027-03-02T10:00');
    expect(isoToZonedLocal('2027-03-02T23:30:00.000Z', 'Europe/Skopje')).toBe('2027-03-03T00:30');
  });

  it('groups sessions by the day they fall on in the viewer zone, in time order, leaving out unscheduled ones', () => {
    const sessions = [
      { id: 'late', at: '2027-03-02T23:30:00.000Z' },
      { id: 'none', at: null },
      { id: 'early', at: '2027-03-02T08:00:00.000Z' },
    ];
    expect(groupByDay(sessions, (s) => s.at, 'Europe/Podgorica')).toEqual([
      { day: '2027-03-02', items: [sessions[2]] },
      { day: '2027-03-03', items: [sessions[0]] },
    ]);
  });

  it('spans a week from Monday', () => {
    const { from, to } = weekRange(new Date(2027, 2, 4, 15, 0));
    expect(from.getDay()).toBe(1);
    expect(from.getDate()).toBe(1);
    expect((to.getTime() - from.getTime()) / 86_400_000).toBeCloseTo(7, 0);
  });
});
