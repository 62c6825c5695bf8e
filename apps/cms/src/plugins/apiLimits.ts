import type { Config, Payload, Plugin } from 'payload'

import { boundCollectionReads, boundGlobalReads } from '../hooks/boundReads'
import { requireDocumentData, requireGlobalData } from '../hooks/requireDocumentData'
import { documentBudgetRule } from '../lib/graphql-budget'
import { requesterOf } from '../lib/read-bounds'

type GraphQLContext = { req?: { user?: { collection?: unknown } | null } }

/**
 * The bounds of every API request (`lib/read-bounds.ts`, `lib/graphql-budget.ts`), in one place.
 *
 * The hooks go onto every collection and global at init, from `payload.collections`: that includes
 * the plugins' collections (forms, redirects, search) and Payload's own (locked documents,
 * preferences, jobs, migrations), which Payload adds after every plugin has run, so a plugin that
 * edited the config could not reach them. They run first, before any other `beforeOperation` hook.
 */
export const apiLimits: Plugin = (config: Config): Config => ({
  ...config,
  graphQL: {
    ...config.graphQL,
    // Payload's own field-count bound (its default, stated): relationships count 10, other fields 1.
    maxComplexity: config.graphQL?.maxComplexity ?? 1000,
    validationRules: (args) => [
      ...(config.graphQL?.validationRules?.(args) ?? []),
      documentBudgetRule(
        requesterOf((args.contextValue as GraphQLContext | undefined)?.req?.user),
        args.variableValues,
      ),
    ],
  },
  onInit: async (payload) => {
    installApiLimits(payload)
    await config.onInit?.(payload)
  },
})

/** Puts the bounds' hooks first on every collection and global of a running Payload. */
export function installApiLimits(payload: Payload): void {
  for (const { config } of Object.values(payload.collections)) {
    const hooks = (config.hooks.beforeOperation ??= [])
    if (!hooks.includes(boundCollectionReads)) hooks.unshift(boundCollectionReads, requireDocumentData)
  }
  for (const global of payload.config.globals) {
    const hooks = (global.hooks.beforeOperation ??= [])
    if (!hooks.includes(boundGlobalReads)) hooks.unshift(boundGlobalReads, requireGlobalData)
  }
}
