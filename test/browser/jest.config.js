// Browser journeys (Playwright driving Debian's Chromium) against a running Parity; see scripts/test-browser.mjs.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  rootDir: __dirname,
  displayName: 'browser',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
};
