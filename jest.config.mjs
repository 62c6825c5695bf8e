import { unitProject } from '@haven/jest-presets/unit'

/** Unit and component tests of every workspace (CommonJS, fast). Integration and browser tests have their own configs. */
export default {
  projects: [
    unitProject({ displayName: 'schemas', rootDir: '<rootDir>/packages/schemas' }),
    unitProject({ displayName: 'node', rootDir: '<rootDir>/packages/node' }),
    unitProject({ displayName: 'cms', rootDir: '<rootDir>/apps/cms' }),
    unitProject({
      displayName: 'web',
      rootDir: '<rootDir>/apps/web',
      environment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
    }),
    unitProject({
      displayName: 'bench',
      rootDir: '<rootDir>/bench',
      testMatch: ['<rootDir>/lib/**/*.test.ts', '<rootDir>/*.test.ts'],
    }),
    unitProject({
      displayName: 'repo',
      rootDir: '<rootDir>/tests/unit',
      testMatch: ['<rootDir>/**/*.test.ts'],
    }),
  ],
}
