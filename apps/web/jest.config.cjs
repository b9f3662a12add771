const path = require('node:path');

/**
 * Jest project for the dashboard. Usable on its own (`npx jest -c apps/web/jest.config.cjs`)
 * or listed in the root config's `projects`.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  // jsdom plus the Fetch API classes from Node, which react-router needs (see the file).
  testEnvironment: '<rootDir>/jest.environment.cjs',
  testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.jest.json') }],
  },
  moduleNameMapper: {
    // import.meta.env only exists under Vite; tests get a plain-object stand-in.
    '^@/config/env$': '<rootDir>/src/testing/env.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@shortlist/([^/]+)$': '<rootDir>/../../libs/$1/src',
    '^@shortlist/([^/]+)/(.*)$': '<rootDir>/../../libs/$1/src/$2',
    '\\.(css)$': 'identity-obj-proxy',
  },
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
  clearMocks: true,
  restoreMocks: true,
};
