/** The @swc/jest transform for TypeScript and TSX, emitting CommonJS or ES modules. */
export function swcTransform(moduleType) {
  return [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
        // Keep `with { type: 'json' }` on JSON imports (the seed reads the menu tree from JSON).
        experimental: { keepImportAttributes: true },
      },
      module: { type: moduleType },
    },
  ]
}
