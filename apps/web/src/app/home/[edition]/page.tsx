import { notFound } from 'next/navigation'

/** Rendered on first request and cached (see the rewrite of `/` in next.config.ts). */
export const dynamicParams = true
export function generateStaticParams(): { edition: string }[] {
  return []
}

export default async function HomePage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition } = await params
  if (edition !== 'latest') notFound()
  return (
    <>
      <h1>Haven</h1>
      <p className="notice">
        Writing about mental health that you can trust: every article is reviewed by a licensed clinician
        before it reaches you.
      </p>
    </>
  )
}
