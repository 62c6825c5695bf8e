/**
 * A streaming reader of WordPress's export format (WXR 1.0, 1.1 and 1.2). The file is read in
 * chunks through `saxes`, and each `<item>` is handed over as soon as it closes, so memory holds one
 * chunk and the items it completed, never the whole export. Handlers may be async: the next chunk
 * is read only after they have finished.
 */
import { createReadStream } from 'node:fs'

import { SaxesParser } from 'saxes'

export const knownWxrVersions = ['1.0', '1.1', '1.2'] as const

export type WxrAuthor = {
  login: string
  email: string
  displayName: string
  firstName: string
  lastName: string
}
export type WxrTerm = {
  /** Empty in WXR 1.0, which names terms by slug only. */
  id: string
  taxonomy: 'category' | 'post_tag' | string
  slug: string
  name: string
  parent: string
  description: string
}
export type WxrChannel = {
  version: string
  title: string
  siteUrl: string
  authors: WxrAuthor[]
  terms: WxrTerm[]
}
export type WxrItem = {
  title: string
  link: string
  guid: string
  creator: string
  content: string
  excerpt: string
  postId: string
  postDate: string
  postName: string
  status: string
  parentId: string
  menuOrder: number
  postType: string
  attachmentUrl: string
  /** `category` elements: categories, tags, and a menu item's menu (`nav_menu`). */
  terms: { domain: string; slug: string; name: string }[]
  meta: Record<string, string>
}

/** Why an export cannot be read: one message, naming the line and column where there is one. */
export class WxrError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WxrError'
  }
}

type Handlers = {
  channel?: (channel: WxrChannel) => void | Promise<void>
  item?: (item: WxrItem) => void | Promise<void>
}

const emptyItem = (): WxrItem => ({
  title: '',
  link: '',
  guid: '',
  creator: '',
  content: '',
  excerpt: '',
  postId: '',
  postDate: '',
  postName: '',
  status: '',
  parentId: '0',
  menuOrder: 0,
  postType: '',
  attachmentUrl: '',
  terms: [],
  meta: {},
})

const itemFields: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'postId',
  'wp:post_date': 'postDate',
  'wp:post_name': 'postName',
  'wp:status': 'status',
  'wp:post_parent': 'parentId',
  'wp:post_type': 'postType',
  'wp:attachment_url': 'attachmentUrl',
}

const authorFields: Record<string, keyof WxrAuthor> = {
  'wp:author_login': 'login',
  'wp:author_email': 'email',
  'wp:author_display_name': 'displayName',
  'wp:author_first_name': 'firstName',
  'wp:author_last_name': 'lastName',
}

/** Term elements of the channel and the taxonomy each stands for. */
const termElements: Record<string, string> = {
  'wp:category': 'category',
  'wp:tag': 'post_tag',
  'wp:term': '',
}
const termFields: Record<string, keyof WxrTerm> = {
  'wp:term_id': 'id',
  'wp:category_nicename': 'slug',
  'wp:cat_name': 'name',
  'wp:category_parent': 'parent',
  'wp:category_description': 'description',
  'wp:tag_slug': 'slug',
  'wp:tag_name': 'name',
  'wp:tag_description': 'description',
  'wp:term_taxonomy': 'taxonomy',
  'wp:term_slug': 'slug',
  'wp:term_name': 'name',
  'wp:term_parent': 'parent',
  'wp:term_description': 'description',
}

/**
 * Reads `file` from start to end, calling `channel` once (before the first item) and `item` for each
 * item. Throws a {@link WxrError} for input that is not XML, is malformed, or is not a WXR version
 * this reader knows.
 */
export async function readWxr(file: string, handlers: Handlers, chunkSize = 64 * 1024): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: true })
  const pending: (() => void | Promise<void>)[] = []
  const channel: WxrChannel = { version: '', title: '', siteUrl: '', authors: [], terms: [] }
  let baseSiteUrl = ''
  let channelLink = ''
  let channelSent = false
  let sawRoot = false
  let wpNamespace = ''
  const stack: string[] = []
  let text = ''
  let item: WxrItem | null = null
  let author: WxrAuthor | null = null
  let term: WxrTerm | null = null
  let metaKey = ''
  let metaValue = ''
  let failure: WxrError | null = null

  const sendChannel = () => {
    if (channelSent) return
    channelSent = true
    const version = channel.version || /export\/(\d+\.\d+)\/?$/.exec(wpNamespace)?.[1] || ''
    if (!(knownWxrVersions as readonly string[]).includes(version))
      throw new WxrError(
        version
          ? `WXR version ${version} is not one this importer knows (${knownWxrVersions.join(', ')})`
          : `this is not a WordPress export (WXR): no WXR version found`,
      )
    channel.version = version
    channel.siteUrl = (baseSiteUrl || channelLink).replace(/\/+$/, '')
    if (!channel.siteUrl)
      throw new WxrError('the export names no site URL (wp:base_site_url or channel link)')
    const snapshot = { ...channel }
    if (handlers.channel) pending.push(() => handlers.channel!(snapshot))
  }

  parser.on('opentag', (tag) => {
    const name = tag.name
    if (!sawRoot) {
      sawRoot = true
      if (name !== 'rss')
        throw new WxrError(`this is not a WordPress export (WXR): the root element is <${name}>, not <rss>`)
      const ns = tag.attributes['xmlns:wp']
      wpNamespace = typeof ns === 'string' ? ns : ''
      if (!/^https?:\/\/wordpress\.org\/export\//.test(wpNamespace))
        throw new WxrError(
          'this is not a WordPress export (WXR): the wp namespace (http://wordpress.org/export/…) is missing',
        )
    }
    const parent = stack[stack.length - 1]
    stack.push(name)
    text = ''
    if (name === 'item' && parent === 'channel') {
      sendChannel()
      item = emptyItem()
    } else if (item && name === 'category' && parent === 'item') {
      const attr = (key: string) => {
        const value = tag.attributes[key]
        return typeof value === 'string' ? value : ''
      }
      item.terms.push({ domain: attr('domain'), slug: attr('nicename'), name: '' })
    } else if (!item && name === 'wp:author') {
      author = { login: '', email: '', displayName: '', firstName: '', lastName: '' }
    } else if (!item && name in termElements && parent === 'channel') {
      term = { id: '', taxonomy: termElements[name]!, slug: '', name: '', parent: '', description: '' }
    } else if (item && name === 'wp:postmeta') {
      metaKey = ''
      metaValue = ''
    }
  })

  const addText = (value: string) => {
    text += value
  }
  parser.on('text', addText)
  parser.on('cdata', addText)

  parser.on('closetag', (tag) => {
    const name = tag.name
    stack.pop()
    const parent = stack[stack.length - 1]
    const value = text
    text = ''
    if (item) {
      if (name === 'item') {
        const done = item
        item = null
        if (handlers.item) pending.push(() => handlers.item!(done))
      } else if (parent === 'item' && name in itemFields) {
        const field = itemFields[name]!
        ;(item as Record<string, unknown>)[field] =
          field === 'content' || field === 'excerpt' ? value : value.trim()
      } else if (parent === 'item' && name === 'wp:menu_order') {
        item.menuOrder = Number(value.trim()) || 0
      } else if (parent === 'item' && name === 'category') {
        const last = item.terms[item.terms.length - 1]
        if (last) last.name = value.trim()
      } else if (parent === 'wp:postmeta' && name === 'wp:meta_key') {
        metaKey = value.trim()
      } else if (parent === 'wp:postmeta' && name === 'wp:meta_value') {
        metaValue = value
      } else if (name === 'wp:postmeta' && metaKey) {
        item.meta[metaKey] = metaValue
      }
      return
    }
    if (author) {
      if (name === 'wp:author') {
        channel.authors.push(author)
        author = null
      } else if (name in authorFields) author[authorFields[name]!] = value.trim()
      return
    }
    if (term) {
      if (name in termElements) {
        if (term.slug) channel.terms.push(term)
        term = null
      } else if (name in termFields) term[termFields[name]!] = value.trim()
      return
    }
    if (parent === 'channel') {
      if (name === 'wp:wxr_version') channel.version = value.trim()
      else if (name === 'wp:base_site_url') baseSiteUrl = value.trim()
      else if (name === 'link') channelLink = value.trim()
      else if (name === 'title') channel.title = value.trim()
    }
  })

  parser.on('error', (error) => {
    failure ??= malformed(error)
  })

  const write = (chunk: string) => {
    try {
      parser.write(chunk)
    } catch (error) {
      throw error instanceof WxrError ? error : malformed(error)
    }
    if (failure) throw failure
  }

  let started = false
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: chunkSize })) {
    let data = chunk as string
    if (!started) {
      data = data.replace(/^\uFEFF/, '')
      const first = data.trimStart()[0]
      if (first === undefined) continue
      if (first !== '<')
        throw new WxrError(
          'this is not XML (it does not start with "<"); export the site from WordPress: Tools › Export',
        )
      started = true
    }
    write(data)
    while (pending.length) await pending.shift()!()
  }
  if (!started) throw new WxrError('the file is empty')
  try {
    parser.close()
  } catch (error) {
    throw error instanceof WxrError ? error : malformed(error)
  }
  if (failure) throw failure
  if (!sawRoot) throw new WxrError('this is not XML: no root element')
  sendChannel()
  while (pending.length) await pending.shift()!()
}

/** saxes reports "line:column: message"; say it in words. */
function malformed(error: unknown): WxrError {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '')
  const match = /^(?:.*?:)?(\d+):(\d+): (.*)$/s.exec(message)
  return new WxrError(
    match
      ? `malformed XML at line ${match[1]}, column ${match[2]}: ${match[3]}`
      : `malformed XML: ${message}`,
  )
}
