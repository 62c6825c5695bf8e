import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Every workspace's tsconfig: typed rules and the import resolver read each file with its own. */
const tsconfigs = [
  'apps/cms/tsconfig.json',
  'apps/web/tsconfig.json',
  'packages/*/tsconfig.json',
  'tsconfig.json',
]

/**
 * `process.env` is read in one module per app (`apps/<app>/src/env.ts`, validated with zod) and, for
 * what `next.config.ts` bakes into a build, `apps/<app>/src/build-env.ts`; the repository's own tools
 * (scripts/, bench/, tests/) read theirs through `scripts/lib/env.ts`. Tests and jest setup files may
 * set variables to arrange the environment of the module under test.
 */
const envMessage =
  'Read the environment through the env module: apps/<app>/src/env.ts (validated at start-up), apps/<app>/src/build-env.ts in next.config.ts, scripts/lib/env.ts in scripts/, bench/ and tests/.'
const noProcessEnv = {
  // Also catches `process['env']` and `const { env } = process`.
  'no-restricted-properties': ['error', { object: 'process', property: 'env', message: envMessage }],
}
const envModules = [
  'apps/*/src/env.ts',
  'apps/*/src/build-env.ts',
  'scripts/lib/env.ts',
  // The workspace `.env` loader decides from NODE_ENV whether to read `.env` at all, before either
  // app's env.ts parses anything (it is their first step).
  'packages/node/src/workspace-env.ts',
]
const testFiles = ['**/*.test.{ts,tsx}', '**/global-setup.ts', '**/global-teardown.ts', '**/test-env.ts']

/** The web app reads the CMS over REST only (README "How content flows"). */
const webImportRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'node:process', importNames: ['env'], message: envMessage },
        { name: 'process', importNames: ['env'], message: envMessage },
      ],
      patterns: [
        {
          // Except Payload's front-end Live Preview listener (no Payload code, only window messages).
          group: ['payload', 'payload/*', '@payloadcms/*', '!@payloadcms/live-preview-react'],
          message:
            'The web app never imports Payload: it reads the CMS over REST (lib/cms.ts) and parses with @haven/schemas.',
        },
        {
          regex:
            '^@haven/cms(/|$)|(^|/)(apps/)?cms/src(/|$)|(^|/)apps/cms(/|$)|^(\\.\\./)+cms(/|$)|(^|/)payload\\.config(\\.ts)?$|^@payload-config$',
          message:
            'The web app never imports the CMS app (nor its config); shared code belongs in packages/.',
        },
      ],
    },
  ],
}

/** One ESLint configuration for the whole workspace. */
export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/.turbo/**',
      '**/next-env.d.ts',
      'data/**',
      'tests/.artifacts/**',
      'bench/results/**',
      'apps/cms/src/payload-types.ts',
      'apps/cms/src/app/(payload)/admin/importMap.js',
      'apps/cms/src/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    settings: {
      // Follow imports into TypeScript files too (import-x reads only .js by default).
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts', '.cts'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: tsconfigs, noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      // No import cycle anywhere (apps, packages, scripts, bench, tests): a cycle makes load order
      // matter, and one eager use of a value from the other side crashes at start-up. Type-only
      // imports do not count (they vanish at run time). Workspace packages resolve to their source,
      // so a cycle between packages is found too.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      ...noProcessEnv,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'node:process', importNames: ['env'], message: envMessage },
            { name: 'process', importNames: ['env'], message: envMessage },
          ],
        },
      ],
    },
  },
  // Typed rules where they catch real bugs: a promise nobody awaits (its rejection is lost, or the
  // work races what follows) and a promise where a plain value is expected (an async callback that
  // `if` or an event handler never waits for). Each file is checked with its workspace's tsconfig.
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx,mjs,js}'],
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    settings: { next: { rootDir: 'apps/web' } },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      ...reactHooks.configs.recommended.rules,
      ...webImportRules,
    },
  },
  {
    files: envModules,
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: testFiles,
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
  },
)
