import { describe, expect, it } from 'vitest';
import { certificationInput, leadDaysValue, validityValue } from './certification-model';

describe('course certification settings', () => {
  it('reads an empty validity as "never expires" and checks 1 to 120 months', () => {
    expect(validityValue('')).toBeNull();
    expect(validityValue(' 24 ')).toBe(24);
    expect(validityValue('0')).toBeUndefined();
    expect(validityValue('121')).toBeUndefined();
    expect(validityValue('1.5')).toBeUndefined();
  });

  it('checks the renewal lead time (7 to 365 days, 60 when empty)', () => {
    expect(leadDaysValue('')).toBe(60);
    expect(leadDaysValue('7')).toBe(7);
    expect(leadDaysValue('6')).toBeUndefined();
    expect(leadDaysValue('366')).toBeUndefined();
  });

  it('builds the mutation input; no template means the institution’s default', () => {
    expect(certificationInput('k1', '', '', '30')).toEqual({
      courseId: 'k1',
      templateId: null,
      validityMonths: null,
      renewalLeadDays: 30,
    });
    expect(certificationInput('k1', 't1', '36', '')).toEqual({
      courseId: 'k1',
      templateId: 't1',
      validityMonths: 36,
      renewalLeadDays: 60,
    });
  });
});
