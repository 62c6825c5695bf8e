import { z } from 'zod'

/** Turns a title into a URL-safe slug: lower-case ASCII letters, digits and single hyphens. */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const slugSchema = z
  .string()
  .min(1, 'is required')
  .max(96, 'must be at most 96 characters')
  .regex(
    SLUG_PATTERN,
    'must be URL-safe: lower-case letters, digits and single hyphens (e.g. "emotional-intimacy")',
  )
  .describe('The last part of the page address')

/** A topic path like `mental-health/addiction`: slugs joined by `/`. */
export const topicPathSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, 'must be slugs joined by "/"')
