import { APIError, type CollectionBeforeOperationHook, type GlobalBeforeOperationHook } from 'payload'

const writes = new Set(['create', 'update'])

function isFields(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data)
}

function check(args: { data?: unknown; req?: { file?: unknown } } | undefined, operation: string): void {
  if (!args || !writes.has(operation) || isFields(args.data)) return
  // An upload may come as a file alone (multipart without `_payload`): Payload fills in its fields.
  if (operation === 'create' && args.req?.file && (args.data === undefined || args.data === null)) return
  const message =
    args.data === undefined || args.data === null
      ? 'The request has no document: send its fields as a JSON object (Content-Type: application/json)'
      : 'The document must be a JSON object of fields'
  throw new APIError(message, 400, { errors: [{ path: 'body', message }] }, true)
}

/**
 * Refuses a create or update without a document (no body, or a string): Payload's operations read
 * fields of `data` without checking it and answered those with a 500.
 */
export const requireDocumentData: CollectionBeforeOperationHook = ({ args, operation }) => {
  check(args as { data?: unknown; req?: { file?: unknown } }, operation)
  return args
}

export const requireGlobalData: GlobalBeforeOperationHook = ({ args, operation }) => {
  check(args as { data?: unknown } | undefined, operation)
  return args
}
