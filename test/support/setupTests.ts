/**
 * Runs before every test file. On a shared 2-core machine a React screen can take more than
 * Testing Library's default second to settle; waiting longer changes nothing about what a test
 * asserts, only how long it is willing to wait for it.
 */
if (typeof document !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only DOM tests load Testing Library
  const { configure } = require('@testing-library/dom') as typeof import('@testing-library/dom');
  configure({ asyncUtilTimeout: 10_000 });
}
