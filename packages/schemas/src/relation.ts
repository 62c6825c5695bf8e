import { z } from 'zod'

/**
 * A Payload document id: a number on SQLite and PostgreSQL, a string (ObjectId) on MongoDB, which the
 * docker-compose stack runs. `payload-types.ts` says `number` only because it is generated for SQLite.
 */
export const documentIdSchema = z.union([z.number().int(), z.string().min(1)])
export type DocumentId = z.infer<typeof documentIdSchema>

/** Payload's date fields and timestamps: ISO 8601 in UTC, e.g. `2023-02-06T09:00:00.000Z`. */
export const timestampSchema = z.iso.datetime()

/** Versioned documents carry their status; a reader only ever sees `published` ones. */
export const documentStatusSchema = z.enum(['draft', 'published'])

/**
 * A relationship as Payload returns it: the document when it was populated, or only its id when it
 * was not (depth ran out, or the reader may not read it: a draft, an inactive partner).
 */
export function relationSchema<T extends z.ZodType>(doc: T) {
  return z.union([doc, documentIdSchema])
}

/**
 * A polymorphic relationship (`{ relationTo, value }`), e.g. an internal link's document or a
 * redirect's target: `value` is the document, its id, or `null` when the target is gone.
 */
export function referenceSchema<C extends string, T extends z.ZodType>(relationTo: C, doc: T) {
  return z.object({ relationTo: z.literal(relationTo), value: relationSchema(doc).nullish() })
}

/** The document of a relationship value, or `null` when it is only an id (or missing). */
export function populated<T extends object>(value: T | DocumentId | null | undefined): T | null {
  return typeof value === 'object' && value !== null ? value : null
}

/** The populated documents of a list of relationship values, in order; ids and nulls are dropped. */
export function populatedOnly<T extends object>(values: readonly (T | DocumentId | null | undefined)[]): T[] {
  return values.flatMap((value) => {
    const doc = populated(value)
    return doc ? [doc] : []
  })
}

/**
 * Payload's REST `select` for exactly the fields of an object schema (the id always comes back), so a
 * request fetches what its schema parses and no more: `select[title]=true&select[slug]=true…`.
 */
export function selectOf<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
): Record<Exclude<keyof Shape, 'id'>, true> {
  return Object.fromEntries(
    Object.keys(schema.shape)
      .filter((key) => key !== 'id')
      .map((key) => [key, true]),
  ) as Record<Exclude<keyof Shape, 'id'>, true>
}
