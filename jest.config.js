// Three tiers, one run: unit specs beside the code, integration specs (real PostgreSQL, Redis, SMTP) beside the
// code as *.int.spec.ts, and API end-to-end specs in test/api. One database and Redis prefix per run.
const preset = require('./jest.preset.js');

// Timeouts are generous on purpose: they catch a hang, not slowness (speed is measured in test/bench). CI runs on a
// loaded 2-core machine where an app boot plus hundreds of requests may take well over Jest's 5 s default.
const common = { ...preset, rootDir: __dirname };

module.exports = {
  testTimeout: 60_000,
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/unit/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.int\\.spec\\.ts$', '/node_modules/', '/apps/web/'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int.spec.ts', '<rootDir>/test/integration/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/apps/web/'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/api/**/*.spec.ts'],
    },
  ],
};
