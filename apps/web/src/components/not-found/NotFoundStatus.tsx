import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import { NotFoundPage } from './NotFoundPage'

/** Throws Next's not-found signal; only ever rendered inside the Suspense boundary below. */
async function NotFoundSignal(): Promise<never> {
  notFound()
}

/**
 * The 404 answer of a dynamic (ISR) route: the whole site page in the server HTML, status 404.
 *
 * Why not just `notFound()` in the page: React renders no error boundary on the server, so a
 * `notFound()` outside any Suspense boundary fails the whole HTML shell, and Next.js 16 then answers
 * with its error shell (`<html id="__next_error__">`, no layout) and leaves the not-found page to
 * JavaScript (vercel/next.js#62228, #95613). Thrown inside a boundary, the same signal lets React finish
 * the page around it while Next still takes the 404 status from it (app-render's
 * `htmlRendererErrorHandler`: "React can complete a prerender after an HTTP access fallback … thrown
 * inside a Suspense boundary"), and caches the page with that status. So the not-found content is
 * rendered here, outside the boundary; in the browser the boundary retries, the signal reaches the
 * root not-found boundary, and `app/not-found.tsx` shows the same page.
 */
export function NotFoundStatus() {
  return (
    <>
      <NotFoundPage />
      <Suspense fallback={null}>
        <NotFoundSignal />
      </Suspense>
    </>
  )
}
