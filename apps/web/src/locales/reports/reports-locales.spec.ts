import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, MEASURES } from '../../components/reports/report-options';
import { itObeysTheLocaleRules } from '../bundle-rules';

/** The reports dashboard's lazily loaded messages obey the same rules as the main locale files. */
describe('reports locale files', () => {
  const english = itObeysTheLocaleRules(resolve(import.meta.dirname), 'reports');

  it('name every measure and dimension the dashboard offers', () => {
    const missing = [
      ...MEASURES.map((measure) => `reports.measures.${measure}`),
      ...DIMENSIONS.map((dimension) => `reports.dimensions.${dimension}`),
    ].filter((key) => !english.has(key));
    expect(missing).toEqual([]);
  });
});
