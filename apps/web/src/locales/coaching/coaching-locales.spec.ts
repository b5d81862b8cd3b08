import { resolve } from 'node:path';
import { describe } from 'vitest';
import { itObeysTheLocaleRules } from '../bundle-rules';

/** The coaching area's lazily loaded messages obey the same rules as the main locale files. */
describe('coaching locale files', () => {
  itObeysTheLocaleRules(resolve(import.meta.dirname), 'coaching');
});
