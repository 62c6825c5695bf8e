import { z } from 'zod'

/** Payload's list envelope (`GET /api/<collection>`) without its documents. */
export const paginationSchema = z.object({
  totalDocs: z.number().int().nonnegative(),
  limit: z.number().int().nonnegative(),
  page: z.number().int().positive().optional(),
  totalPages: z.number().int().nonnegative(),
  hasNextPage: z.boolean(),
  hasPrevPage: z.boolean(),
  nextPage: z.number().int().positive().nullish(),
  prevPage: z.number().int().positive().nullish(),
  pagingCounter: z.number().int().nonnegative(),
})
export type Pagination = z.infer<typeof paginationSchema>

/** A page of `item`s as Payload lists them, e.g. `paginatedSchema(articleCardSchema)`. */
export function paginatedSchema<T extends z.ZodType>(item: T) {
  return paginationSchema.extend({ docs: z.array(item) })
}
export type Paginated<T> = Pagination & { docs: T[] }
