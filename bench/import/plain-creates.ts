/**
 * The import benchmark's baseline: the same number of plain Local API creates of draft articles
 * (title, slug, summary, a one-paragraph body), with no WXR, no conversion and no lookups, in one
 * process like the importer's. Prints one JSON line: {"posts", "seconds", "peakRssMb"}.
 */
import config from '../../payload.config'
import { getPayload } from 'payload'

const posts = Number(process.argv[2])
const resolved = await config
// As the importer does: no regenerating payload-types.ts in the background.
resolved.typescript = { ...resolved.typescript, autoGenerate: false }
const payload = await getPayload({ config: resolved })
const started = performance.now()
for (let n = 1; n <= posts; n++) {
  await payload.create({
    collection: 'articles',
    draft: true,
    overrideAccess: true,
    data: {
      title: `Plain post ${n}`,
      slug: `plain-post-${n}`,
      summary: 'A plain draft.',
      _status: 'draft',
      workflowState: 'in_review',
      body: {
        root: {
          type: 'root',
          version: 1,
          format: '',
          indent: 0,
          direction: null,
          children: [
            {
              type: 'paragraph',
              version: 1,
              format: '',
              indent: 0,
              direction: null,
              textFormat: 0,
              textStyle: '',
              children: [
                {
                  type: 'text',
                  version: 1,
                  text: `Plain post ${n}.`,
                  format: 0,
                  detail: 0,
                  mode: 'normal',
                  style: '',
                },
              ],
            },
          ],
        },
      },
    } as never,
  })
}
const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({ posts, seconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }))
await payload.destroy()
process.exit(0)
