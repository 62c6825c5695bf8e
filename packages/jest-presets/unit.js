import { swcTransform } from './swc.js'

/**
 * Unit and component tests: CommonJS through @swc/jest, fast. `environment` is `node` or `jsdom`.
 * @param {{ displayName: string, rootDir: string, environment?: 'node' | 'jsdom', testMatch?: string[], setupFilesAfterEnv?: string[], moduleNameMapper?: Record<string,string> }} options
 */
export function unitProject({
  displayName,
  rootDir,
  environment = 'node',
  testMatch,
  setupFilesAfterEnv = [],
  moduleNameMapper = {},
}) {
  return {
    displayName,
    rootDir,
    testEnvironment: environment,
    testMatch: testMatch ?? ['<rootDir>/src/**/*.test.{ts,tsx}'],
    testPathIgnorePatterns: ['/node_modules/', '/.next/', '\\.int\\.test\\.', '\\.e2e\\.test\\.'],
    transform: { '^.+\\.(t|j)sx?$': swcTransform('commonjs') },
    setupFilesAfterEnv,
    moduleNameMapper,
  }
}
