import { describe, expect, it } from 'vitest';
import { EMAIL_STATUSES, outboxVariables, readOutboxQuery, writeOutboxQuery } from './outbox-query';

describe('the outbox filters in the URL', () => {
  it('reads status, search and institution', () => {
    expect(readOutboxQuery({ status: 'FAILED', q: ' smtp ', institution: 'i-1' })).toEqual({
      status: 'FAILED',
      search: 'smtp',
      institutionId: 'i-1',
    });
  });

  it('ignores a status it does not know and accepts any letter case', () => {
    expect(readOutboxQuery({ status: 'BOUNCED' }).status).toBe('');
    expect(readOutboxQuery({ status: 'sent' }).status).toBe('SENT');
    expect(readOutboxQuery({}).status).toBe('');
  });

  it('keeps the first of repeated parameters and caps the search length', () => {
    expect(readOutboxQuery({ q: ['a', 'b'], status: ['PENDING', 'SENT'] })).toMatchObject({
      search: 'a',
      status: 'PENDING',
    });
    expect(readOutboxQuery({ q: 'x'.repeat(300) }).search).toHaveLength(100);
  });

  it('leaves empty filters out of the URL and round-trips the rest', () => {
    expect(writeOutboxQuery({ status: '', search: '', institutionId: '' })).toEqual({
      status: undefined,
      q: undefined,
      institution: undefined,
    });
    const state = { status: 'STORED' as const, search: 'invitation', institutionId: 'i-2' };
    expect(readOutboxQuery(writeOutboxQuery(state) as Record<string, string>)).toEqual(state);
  });

  it('turns the filters into the emailMessages variables (empty ones as null)', () => {
    expect(outboxVariables({ status: 'FAILED', search: 'ana@', institutionId: '' }, 25, 'c-1')).toEqual({
      institutionId: null,
      status: 'FAILED',
      search: 'ana@',
      first: 25,
      after: 'c-1',
    });
    expect(outboxVariables({ status: '', search: '', institutionId: 'i-1' }, 25, null)).toEqual({
      institutionId: 'i-1',
      status: null,
      search: null,
      first: 25,
      after: null,
    });
  });

  it('offers every status of the schema', () => {
    expect([...EMAIL_STATUSES].sort()).toEqual(['FAILED', 'PENDING', 'SENT', 'STORED']);
  });
});
