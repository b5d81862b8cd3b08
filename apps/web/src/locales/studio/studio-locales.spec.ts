import { resolve } from 'node:path';
import { describe } from 'vitest';
import { itObeysTheLocaleRules } from '../bundle-rules';

/** The studio's lazily loaded messages obey the same rules as the main locale files. */
describe('studio locale files', () => {
  itObeysTheLocaleRules(resolve(import.meta.dirname), 'studio');
});
