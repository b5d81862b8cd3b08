// Benchmarks (not part of `npm test`): run with `npx jest -c test/bench/jest.config.js`. Same per-run database and
// Redis prefix as the test suite; one worker, so the figures are not disturbed by other files.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  rootDir: __dirname,
  displayName: 'bench',
  testMatch: ['<rootDir>/**/*.bench.ts'],
  testTimeout: 600_000,
  maxWorkers: 1,
  globalSetup: '<rootDir>/../support/global-setup.js',
  globalTeardown: '<rootDir>/../support/global-teardown.js',
};
