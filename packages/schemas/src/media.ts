import { z } from 'zod'

import { documentIdSchema, selectOf } from './relation'

/** The image sizes the CMS makes of every upload (see `collections/Media.ts`). */
export const mediaSizeNames = ['thumbnail', 'card', 'hero', 'og'] as const
export type MediaSizeName = (typeof mediaSizeNames)[number]

/**
 * One generated size: what an `<img>` needs. Every field is `null` when the original was smaller than
 * the size (a 480 px headshot has no `hero` or `og`): Payload does not enlarge images. (`filename` is
 * read because Payload builds the `url` from it.)
 */
export const mediaSizeSchema = z.object({
  url: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  filename: z.string().nullish(),
})
export type MediaSize = z.infer<typeof mediaSizeSchema>

/**
 * An uploaded image (`media` collection) as it comes populated in articles, people, blocks and SEO
 * fields: the web never reads media on their own. The CMS populates exactly these fields
 * ({@link mediaPopulate}, the collection's `defaultPopulate`), not the file sizes, MIME types, focal
 * point and timestamps of the original and of every size.
 */
export const mediaSchema = z.object({
  id: documentIdSchema,
  purpose: z.enum(['general', 'headshot']),
  alt: z
    .string()
    .nullish()
    .describe('What the image shows, for readers who cannot see it (empty on headshots: see headshotAltOf)'),
  credit: z.string().nullish().describe('Who made the image'),
  url: z.string().min(1).describe('The original file'),
  filename: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  sizes: z
    .object({
      thumbnail: mediaSizeSchema.optional(),
      card: mediaSizeSchema.optional(),
      hero: mediaSizeSchema.optional(),
      og: mediaSizeSchema.optional(),
    } satisfies Record<MediaSizeName, z.ZodType>)
    .nullish(),
})
export type Media = z.infer<typeof mediaSchema>

/** The `defaultPopulate` of the media collection: the fields of {@link mediaSchema}, sizes included. */
export const mediaPopulate = {
  ...selectOf(mediaSchema.omit({ sizes: true })),
  sizes: Object.fromEntries(mediaSizeNames.map((name) => [name, selectOf(mediaSizeSchema)])) as Record<
    MediaSizeName,
    Record<keyof typeof mediaSizeSchema.shape, true>
  >,
}

/**
 * The address and dimensions of `size` of an image, or of the original when that size was not made
 * (the original was smaller).
 */
export function imageSizeOf(
  media: Pick<Media, 'url' | 'width' | 'height' | 'sizes'>,
  size: MediaSizeName,
): { url: string; width: number | null; height: number | null } {
  const made = media.sizes?.[size]
  if (made?.url) return { url: made.url, width: made.width ?? null, height: made.height ?? null }
  return { url: media.url, width: media.width ?? null, height: media.height ?? null }
}
