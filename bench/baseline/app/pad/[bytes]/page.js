/**
 * A bare page padded with `bytes` characters of prose in paragraphs, so its HTML can be made the size of
 * a Haven page (the benchmarks search for the right number). Like Haven's reader pages it renders on
 * its first request and is then served from Next.js's cache (ISR), so the two are served the same way.
 */
export const revalidate = 3600
export const dynamicParams = true

export function generateStaticParams() {
  return []
}

const prose =
  'Talking about feelings takes practice, and small honest conversations build the trust that makes the harder ones possible. '.repeat(
    4,
  )

export default async function Padded({ params }) {
  const { bytes } = await params
  const total = Math.max(0, Math.floor(Number(bytes) || 0))
  const paragraphs = []
  for (let done = 0; done < total; done += prose.length) paragraphs.push(prose.slice(0, total - done))
  return (
    <main>
      <h1>A bare Next.js page</h1>
      {paragraphs.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </main>
  )
}
