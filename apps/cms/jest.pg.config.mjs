import { esmProject } from '@haven/jest-presets/esm'

/**
 * CMS tests on PostgreSQL: a throw-away cluster per run (scripts/lib/postgres.ts), migrated with the
 * committed Postgres migrations and seeded (see tests/pg/global-setup.ts). Needs Debian's `postgresql`.
 */
export default esmProject({
  displayName: 'cms-pg',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/tests/pg/**/*.pg.test.ts'],
  globalSetup: '<rootDir>/tests/pg/global-setup.ts',
  globalTeardown: '<rootDir>/tests/pg/global-teardown.ts',
  moduleNameMapper: { '^@payload-config$': '<rootDir>/../../payload.config.ts' },
  testTimeout: 120_000,
})
