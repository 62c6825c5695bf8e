/**
 * The GraphQL counterpart of `read-bounds.ts`. Payload's own `maxComplexity` counts fields (10 for a
 * relationship, 1 for the rest) but not how many documents a list returns, so
 * `a1: Articles(limit: 100) { docs { body } } a2: …` with a hundred aliases stays under it and reads
 * 10,000 articles. This estimate counts documents instead, which no Payload option does (hence
 * hand-written): a list field (one with a `limit` argument) returns up to `limit` documents (Payload's
 * default 10), a relationship or upload field one document, or up to {@link HAS_MANY_ESTIMATE} when it
 * holds many, each multiplied by the documents it hangs from. A query also follows at most
 * `maxDepth` relationships in a row, as REST's `depth` (the list's own limit is checked at the
 * operation by `hooks/boundReads.ts`, as over REST).
 */
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type ASTVisitor,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql'

import { READ_BOUNDS, type Requester } from './read-bounds'

/** Documents one query may read, by requester: a page of the bounds' largest list, a hop under each. */
export const GRAPHQL_DOCUMENT_BUDGET: Record<Requester, number> = {
  anonymous: 1000,
  'directory-members': 1000,
  users: 10_000,
}

/** How many documents a has-many relationship is counted as (the schema does not say). */
export const HAS_MANY_ESTIMATE = 5

const DEFAULT_LIMIT = 10

export type QueryEstimate = { documents: number; relationshipDepth: number }

type Variables = Record<string, unknown> | null | undefined

/** Payload marks relationship, upload and join fields with a `complexity` extension. */
function isRelationship(field: GraphQLField<unknown, unknown>): boolean {
  return typeof field.extensions?.complexity === 'number'
}

function limitOf(
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: ValueNode }[] | undefined,
  variables: Variables,
  maxLimit: number,
): number | null {
  if (!field.args.some((arg) => arg.name === 'limit')) return null
  const node = args?.find((arg) => arg.name.value === 'limit')
  const value = node ? valueFromASTUntyped(node.value, variables ?? undefined) : undefined
  if (typeof value !== 'number') return DEFAULT_LIMIT
  // 0 means "all"; the operation refuses it, the estimate counts it as the most a page may hold.
  return value <= 0 ? maxLimit : Math.min(value, maxLimit * 10)
}

/** The documents and the longest chain of relationships that `selectionSet` on `type` may read. */
export function estimateSelection(
  context: ValidationContext,
  selectionSet: SelectionSetNode | undefined,
  type: GraphQLNamedType,
  variables: Variables,
  maxLimit: number,
  seen: Set<string> = new Set(),
): QueryEstimate {
  const result: QueryEstimate = { documents: 0, relationshipDepth: 0 }
  if (!selectionSet) return result
  for (const selection of selectionSet.selections) {
    let inner: QueryEstimate = { documents: 0, relationshipDepth: 0 }
    if (selection.kind === Kind.FIELD) {
      const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {}
      const field = fields[selection.name.value]
      if (!field) continue // unknown fields are reported by graphql's own rules
      const children = estimateSelection(
        context,
        selection.selectionSet,
        getNamedType(field.type),
        variables,
        maxLimit,
        seen,
      )
      const limit = limitOf(field, selection.arguments, variables, maxLimit)
      if (limit !== null) {
        // A list: each of its documents, and what hangs from each.
        inner = {
          documents: limit * (1 + children.documents),
          relationshipDepth: children.relationshipDepth,
        }
      } else if (isRelationship(field)) {
        const many = isListType(getNullableType(field.type)) ? HAS_MANY_ESTIMATE : 1
        inner = {
          documents: many * (1 + children.documents),
          relationshipDepth: 1 + children.relationshipDepth,
        }
      } else inner = children
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition
        ? context.getSchema().getType(selection.typeCondition.name.value)
        : type
      inner = estimateSelection(context, selection.selectionSet, on ?? type, variables, maxLimit, seen)
    } else {
      const name = selection.name.value
      const fragment = context.getFragment(name)
      if (!fragment || seen.has(name)) continue // cycles are reported by graphql's own rules
      const on = context.getSchema().getType(fragment.typeCondition.name.value)
      inner = estimateSelection(
        context,
        fragment.selectionSet,
        on ?? type,
        variables,
        maxLimit,
        new Set([...seen, name]),
      )
    }
    result.documents += inner.documents
    result.relationshipDepth = Math.max(result.relationshipDepth, inner.relationshipDepth)
  }
  return result
}

/** The refusal message of a query that reads more than `requester` may, or `null`. */
export function budgetRefusal(requester: Requester, estimate: QueryEstimate): string | null {
  const { maxDepth } = READ_BOUNDS[requester]
  const budget = GRAPHQL_DOCUMENT_BUDGET[requester]
  if (estimate.relationshipDepth > maxDepth)
    return `depth: this query follows ${estimate.relationshipDepth} relationships in a row; at most ${maxDepth} are allowed for this requester`
  if (estimate.documents > budget)
    return `limit: this query may read about ${estimate.documents} documents; at most ${budget} are allowed for this requester (lower the limits, or fewer aliases)`
  return null
}

/** A graphql validation rule that refuses queries over the requester's budget. */
export function documentBudgetRule(requester: Requester, variables: Variables) {
  const { maxLimit } = READ_BOUNDS[requester]
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const root =
        node.operation === 'query'
          ? context.getSchema().getQueryType()
          : node.operation === 'mutation'
            ? context.getSchema().getMutationType()
            : null
      if (!root) return
      const message = budgetRefusal(
        requester,
        estimateSelection(context, node.selectionSet, root, variables, maxLimit),
      )
      if (message) context.reportError(new GraphQLError(message, { nodes: [node] }))
    },
  })
}
