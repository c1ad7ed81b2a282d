/** Jest runs every test under test/ through ts-jest (type-checked, strict). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
  },
  // adaptivecards ships extensionless ESM in lib/; its UMD bundle in dist/ loads under Jest.
  moduleNameMapper: {
    '^adaptivecards$': '<rootDir>/node_modules/adaptivecards/dist/adaptivecards.js',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  setupFilesAfterEnv: ['<rootDir>/test/support/setupTests.ts'],
  // A shared, busy machine: a test's own limit is for runaway waits, not for speed.
  testTimeout: 30_000,
  collectCoverageFrom: ['src/domain/**/*.ts'],
  coverageReporters: ['text-summary', 'json-summary'],
  coverageThreshold: {
    'src/domain/': { lines: 90 },
  },
};
