import { esmProject } from '@haven/jest-presets/esm'

/** Browser tests: production builds of both apps with the demo seed, driven by playwright-core in Debian's Chromium. */
export default esmProject({
  displayName: 'e2e',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/**/*.e2e.test.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  testTimeout: 60_000,
})
