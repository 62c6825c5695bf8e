import type { Metadata } from 'next'

import { TokenAction } from '@/components/forms/TokenAction'
import '@/components/forms/forms.css'
import { NotFoundStatus } from '@/components/not-found/NotFoundStatus'
import { notFoundMetadata } from '@/lib/not-found-metadata'

/**
 * The pages behind the links in newsletter emails: `/newsletter/confirm` and `/newsletter/unsubscribe`.
 * One dynamic route with no static params, like every reader page, so it renders on first request
 * (with the menu, footer and crisis lines from the CMS) and is then cached, instead of being
 * prerendered by `next build`, which runs without the CMS.
 */
export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams(): { action: string }[] {
  return []
}

const actions = {
  confirm: {
    title: 'Confirm your subscription',
    heading: 'Confirm your newsletter subscription',
    body: 'Press the button to start receiving the Haven newsletter at the address you gave us.',
    endpoint: '/api/newsletter/confirm',
    label: 'Confirm my subscription',
  },
  // Where every newsletter's unsubscribe link leads: one press, no sign-in, no questions.
  unsubscribe: {
    title: 'Unsubscribe',
    heading: 'Unsubscribe from the Haven newsletter',
    body: 'One press and you will get no more newsletters from us.',
    endpoint: '/api/newsletter/unsubscribe',
    label: 'Unsubscribe',
  },
} as const

type Props = { params: Promise<{ action: string }> }

const actionOf = (name: string) =>
  Object.hasOwn(actions, name) ? actions[name as keyof typeof actions] : null

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const action = actionOf((await params).action)
  return action ? { title: action.title, robots: { index: false, follow: false } } : notFoundMetadata
}

export default async function NewsletterActionPage({ params }: Props) {
  const action = actionOf((await params).action)
  if (!action) return <NotFoundStatus />
  return (
    <div className="notice">
      <h1>{action.heading}</h1>
      <p>{action.body}</p>
      <TokenAction endpoint={action.endpoint} label={action.label} />
    </div>
  )
}
