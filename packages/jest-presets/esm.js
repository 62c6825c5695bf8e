import { swcTransform } from './swc.js'

/**
 * Tests that load ESM-only packages (Payload's Local API) or drive a browser: native ES modules,
 * so jest must run with NODE_OPTIONS=--experimental-vm-modules (scripts/test.ts sets it).
 * @param {{ displayName: string, rootDir: string, testMatch: string[], globalSetup?: string, globalTeardown?: string, testTimeout?: number, moduleNameMapper?: Record<string,string> }} options
 */
export function esmProject({
  displayName,
  rootDir,
  testMatch,
  globalSetup,
  globalTeardown,
  testTimeout = 60_000,
  moduleNameMapper = {},
}) {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    // Payload's schema tooling keeps handles open; jest's global cleanup would break its modules.
    // `development` keeps Lexical off its top-level-await entry (see scripts/lib/proc.ts, TOOL_NODE_OPTIONS).
    testEnvironmentOptions: {
      globalsCleanup: 'off',
      customExportConditions: ['node', 'node-addons', 'development'],
    },
    testMatch,
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    transform: { '^.+\\.(t|j)sx?$': swcTransform('es6') },
    moduleNameMapper,
    globalSetup,
    globalTeardown,
    testTimeout,
    maxWorkers: 1,
  }
}
