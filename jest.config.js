// Jest runs TypeScript through Next's SWC transform, so tests see the same syntax the app compiles.
// Two projects: `unit` (pure lib/ and scripts, no server) and `server` (API and end-to-end tests
// against one `next start` of the last production build, reading tests/fixtures/seeds).
// Two workers: on two cores Jest would use one, and the end-to-end files spend most of their time
// waiting on the browser and the server, so a second file alongside roughly halves the run.
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: __dirname });

const shared = {
  testEnvironment: 'node',
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testPathIgnorePatterns: ['/node_modules/', '/.next/', '/.cache/'],
};

module.exports = async () => {
  const unit = await createJestConfig({ ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/tests/*.test.ts'] })();
  const server = await createJestConfig({
    ...shared,
    displayName: 'server',
    testMatch: ['<rootDir>/tests/api/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
    globalSetup: '<rootDir>/tests/support/global-setup.ts',
    globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  })();
  return { projects: [unit, server], maxWorkers: 2 };
};
