import { menuTree } from '@haven/schemas'
import Link from 'next/link'

import { getNavigation } from '@/lib/content'
import { chromeRead } from '@/lib/site-chrome'

import { MegaMenu } from './MegaMenu'

/** The sticky header: the name, the menu from the navigation tree and search (see chromeRead for a CMS outage). */
export async function SiteHeader() {
  const navigation = await chromeRead(getNavigation)
  return (
    <header className="site-header">
      <Link className="brand" href="/">
        Haven
      </Link>
      {navigation ? <MegaMenu tree={menuTree(navigation)} /> : null}
      {/* Not prefetched: /search renders per request, and every page view would otherwise ask for it. */}
      <Link className="header-search" href="/search" prefetch={false}>
        Search
      </Link>
    </header>
  )
}
