import { groupingSets } from './grouping-sets';
import { ReportDimension } from './report-dimension.enum';

describe('groupingSets', () => {
  it('counts every level straight from the facts when every dimension belongs to the learner', () => {
    expect(groupingSets([ReportDimension.SEX, ReportDimension.RANK_GROUP])).toEqual({
      direct: { sets: '(k1, k2), (k1), (k2), ()', keys: 'k1, k2, grouping(k1) as g1, grouping(k2) as g2' },
      perPerson: null,
    });
    expect(groupingSets([]).direct.sets).toBe('()');
  });

  it('counts the levels without a period once per person: the column totals and the grand total', () => {
    expect(groupingSets([ReportDimension.QUARTER, ReportDimension.SEX])).toEqual({
      direct: { sets: '(k1, k2), (k1)', keys: 'k1, k2, grouping(k1) as g1, grouping(k2) as g2' },
      perPerson: {
        sets: '(k2, person_id), (person_id)',
        keys: 'null::text as k1, k2, 1 as g1, grouping(k2) as g2',
      },
    });
  });

  it('with two fact dimensions, only the cells are counted straight', () => {
    const { direct, perPerson } = groupingSets([ReportDimension.COURSE, ReportDimension.MONTH]);
    expect(direct.sets).toBe('(k1, k2)');
    expect(perPerson?.sets).toBe('(k1, person_id), (k2, person_id), (person_id)');
  });
});
