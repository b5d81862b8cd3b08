import { addMonths } from './add-months';

describe('addMonths: the validity of a certificate', () => {
  it('keeps the day of the month', () => {
    expect(addMonths(new Date('2026-03-15T10:20:00Z'), 24).toISOString()).toBe('2028-03-15T10:20:00.000Z');
  });

  it('ends on the last day of a shorter month, never after it', () => {
    expect(addMonths(new Date('2027-01-31T08:00:00Z'), 1).toISOString()).toBe('2027-02-28T08:00:00.000Z');
    expect(addMonths(new Date('2027-12-31T08:00:00Z'), 2).toISOString()).toBe('2028-02-29T08:00:00.000Z');
  });

  it('crosses years', () => {
    expect(addMonths(new Date('2026-11-23T00:00:00Z'), 14).toISOString()).toBe('2028-01-23T00:00:00.000Z');
  });
});
