import { reportInputFromQuery } from './report-query';

describe('reportInputFromQuery', () => {
  it('reads the GraphQL spelling or the stored one, lists comma-separated or repeated', () => {
    const input = reportInputFromQuery({
      measure: 'COMPLETION_RATE',
      dimensions: 'SEX,institution',
      sexes: ['FEMALE', 'male'],
      institutionIds: 'a, b',
      from: '2025-01-01',
      locale: 'sr-Cyrl',
    });
    expect(input).toMatchObject({
      measure: 'completion_rate',
      dimensions: ['sex', 'institution'],
      locale: 'sr-Cyrl',
      unitParentId: null,
      filters: { sexes: ['female', 'male'], institutionIds: ['a', 'b'], from: '2025-01-01', to: null },
    });
    expect(input.filters?.courseIds).toBeUndefined();
  });

  it('gives no dimensions when none are asked for', () => {
    expect(reportInputFromQuery({ measure: 'enrolments' }).dimensions).toEqual([]);
  });
});
