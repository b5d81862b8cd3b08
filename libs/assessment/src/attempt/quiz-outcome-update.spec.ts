import { CountingRule } from '@parity/curriculum';
import { countedScore } from './quiz-outcome-update';

describe('the counted score of a quiz', () => {
  it('highest: keeps the best attempt', () => {
    expect(countedScore(CountingRule.HIGHEST, 80, 60)).toBe(80);
    expect(countedScore(CountingRule.HIGHEST, 60, 80)).toBe(80);
    expect(countedScore(CountingRule.HIGHEST, null, 40)).toBe(40);
  });

  it('last: the latest attempt counts, even when lower', () => {
    expect(countedScore(CountingRule.LAST, 80, 60)).toBe(60);
  });
});
