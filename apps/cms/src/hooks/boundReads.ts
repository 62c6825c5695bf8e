import { APIError, type CollectionBeforeOperationHook, type GlobalBeforeOperationHook } from 'payload'

import { readRefusal, requesterOf, type ReadRequest } from '../lib/read-bounds'

type OperationArgs = {
  depth?: unknown
  limit?: unknown
  pagination?: unknown
  currentDepth?: unknown
  id?: unknown
}

/** Operations that write: once one starts, the request's further reads are its own (see `insideWrite`). */
const writeOperations = new Set(['create', 'update', 'delete', 'updateByID', 'deleteByID'])
/** Where a request notes that its write has begun (request-scoped: `req.context` lives with one request). */
const WRITING = 'haven:insideWrite'

type Req = { user?: unknown; payloadAPI?: string; context?: Record<string, unknown> }

/** List reads: find, findVersions, findDistinct. A read of one document has an `id`. */
const listOperations = new Set(['read', 'readDistinct'])

/**
 * The request's values as the bounds see them. A population batch (`currentDepth` set: the
 * relationships of documents already read, REST and GraphQL alike) reads only the ids those
 * documents name, and Payload asks for them with `pagination: false`: it is not a list request.
 */
function readRequestOf(args: OperationArgs, operation: string, req: Req): ReadRequest {
  const isList = listOperations.has(operation) && !('id' in args) && args.currentDepth === undefined
  return {
    requester: requesterOf((req.user ?? null) as { collection?: unknown } | null),
    api: req.payloadAPI === 'local' || req.payloadAPI === 'GraphQL' ? req.payloadAPI : 'REST',
    depth: args.depth,
    insideWrite: req.context?.[WRITING] === true,
    list: isList ? { limit: args.limit, pagination: args.pagination } : undefined,
  }
}

function refuse(args: OperationArgs | undefined, operation: string, req: Req): void {
  if (!args) return
  if (writeOperations.has(operation) && req.context) req.context[WRITING] = true
  const refusal = readRefusal(readRequestOf(args, operation, req))
  if (refusal)
    throw new APIError(
      refusal.message,
      400,
      { errors: [{ path: refusal.field, message: refusal.message }] },
      true,
    )
}

/**
 * Refuses, with a 400 naming `depth` or `limit`, a REST or GraphQL request (or a Local API call made
 * with access control on) that asks for more than its requester may read (`lib/read-bounds.ts`).
 * The server's own reads (`overrideAccess`, the default of the Local API) are not bounded here.
 */
export const boundCollectionReads: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess === true) return args
  refuse(args as OperationArgs, operation, req)
  return args
}

export const boundGlobalReads: GlobalBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess === true) return args
  refuse(args as OperationArgs | undefined, operation, req)
  return args
}
