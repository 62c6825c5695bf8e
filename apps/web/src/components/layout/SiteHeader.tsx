import { menuTree } from '@haven/schemas'
import Link from 'next/link'

import { getNavigation, optional } from '@/lib/content'

import { MegaMenu } from './MegaMenu'

/** The sticky header: the name, the menu from the navigation tree (left out if the CMS is down) and search. */
export async function SiteHeader() {
  const navigation = await optional(getNavigation())
  return (
    <header className="site-header">
      <Link className="brand" href="/">
        Haven
      </Link>
      {navigation ? <MegaMenu tree={menuTree(navigation)} /> : null}
      <Link className="header-search" href="/search">
        Search
      </Link>
    </header>
  )
}
