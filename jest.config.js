// Every test tier in one run, so `npm test` reports one total. The browser tier
// is added by scripts/test.mjs when Chromium is present (see that file).
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }];
const aliases = { '^@shortlist/(.*)$': '<rootDir>/libs/$1/src' };
const node = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: aliases,
};

const e2e = (engine) => ({
  ...node,
  displayName: `e2e:${engine}`,
  testMatch: ['<rootDir>/apps/api/test/**/*.e2e-spec.ts'],
  setupFiles: [`<rootDir>/apps/api/test/setup-${engine}.ts`],
  slowTestThreshold: 20,
});

const projects = [
  { ...node, displayName: 'libs', testMatch: ['<rootDir>/libs/**/*.spec.ts'] },
  { ...node, displayName: 'api', testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts'] },
  { ...node, displayName: 'tooling', testMatch: ['<rootDir>/test/tooling/**/*.spec.ts'] },
  e2e('sqlite'),
  ...(process.env.TEST_DATABASE_URL ? [e2e('postgres')] : []),
  // The built API on a SQLite file, killed mid-import and under sustained load (`npm run build:api` first).
  { ...node, displayName: 'reliability', testMatch: ['<rootDir>/test/reliability/**/*.spec.ts'] },
  // Built API processes sharing one PostgreSQL database (`npm run build:api` first; scripts/test.mjs builds).
  ...(process.env.TEST_DATABASE_URL
    ? [{ ...node, displayName: 'multiprocess', testMatch: ['<rootDir>/test/multiprocess/**/*.spec.ts'] }]
    : []),
  require('./apps/web/jest.config.cjs'),
  ...(process.env.SHORTLIST_BROWSER_TESTS === '1'
    ? [{ ...node, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] }]
    : []),
];

module.exports = { projects, testTimeout: 30_000 };
