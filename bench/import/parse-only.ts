/** The floor under the importer's memory: reading the same export with the same streaming reader, nothing else. */
import { readWxr } from '../../apps/cms/src/importers/wordpress/wxr'

const started = performance.now()
let items = 0
await readWxr(process.argv[2]!, { item: () => void items++ })
console.log(
  JSON.stringify({
    items,
    seconds: (performance.now() - started) / 1000,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
)
