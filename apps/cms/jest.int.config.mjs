import { esmProject } from '@haven/jest-presets/esm'

/** CMS integration tests: Payload's Local API against a throw-away SQLite file per run (see tests/int/global-setup.ts). */
export default esmProject({
  displayName: 'cms-int',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/tests/int/**/*.int.test.ts'],
  globalSetup: '<rootDir>/tests/int/global-setup.ts',
  globalTeardown: '<rootDir>/tests/int/global-teardown.ts',
  moduleNameMapper: { '^@payload-config$': '<rootDir>/../../payload.config.ts' },
  testTimeout: 120_000,
})
