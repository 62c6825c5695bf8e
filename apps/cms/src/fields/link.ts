import type { Field, GroupField } from 'payload'

import { collections } from '../slugs'
import { httpsUrl } from './validators'

export const linkTypes = ['topic', 'page', 'article', 'path', 'url'] as const
export type LinkType = (typeof linkTypes)[number]

/** Reader-site routes that are not documents (the directory, search…). */
const sitePath = /^\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?(?:\?[a-z0-9=&_-]*)?$/

/**
 * Where a menu or footer item points: a topic, page or article (relationships, so a renamed slug
 * never breaks the menu), a path on the reader site, or an https URL elsewhere.
 */
export function linkGroup({
  name = 'link',
  allow = linkTypes as readonly LinkType[],
  enumName,
}: { name?: string; allow?: readonly LinkType[]; enumName?: string } = {}): GroupField {
  const target = (type: LinkType, field: Field): Field =>
    ({
      ...field,
      admin: {
        ...(field.admin ?? {}),
        condition: (_: unknown, sibling: { type?: string }) => sibling?.type === type,
      },
    }) as Field
  const fields: Field[] = [
    {
      name: 'type',
      type: 'select',
      ...(enumName ? { enumName } : {}),
      required: true,
      defaultValue: allow[0],
      options: allow.map((value) => ({
        value,
        label: {
          topic: 'Topic',
          page: 'Page',
          article: 'Article',
          path: 'Site path',
          url: 'External URL (https)',
        }[value],
      })),
      admin: { width: '30%' },
    },
  ]
  if (allow.includes('topic'))
    fields.push(
      target('topic', {
        name: 'topic',
        type: 'relationship',
        relationTo: collections.topics,
        validate: required('topic'),
      }),
    )
  if (allow.includes('page'))
    fields.push(
      target('page', {
        name: 'page',
        type: 'relationship',
        relationTo: collections.pages,
        validate: required('page'),
      }),
    )
  if (allow.includes('article'))
    fields.push(
      target('article', {
        name: 'article',
        type: 'relationship',
        relationTo: collections.articles,
        validate: required('article'),
      }),
    )
  if (allow.includes('path')) {
    fields.push(
      target('path', {
        name: 'path',
        type: 'text',
        validate: (value: unknown, { siblingData }: { siblingData: { type?: string } }) => {
          if (siblingData.type !== 'path') return true
          return typeof value === 'string' && sitePath.test(value)
            ? true
            : 'path: a site path starts with / and uses lower-case letters, digits and hyphens (e.g. /directory/join)'
        },
      }),
    )
  }
  if (allow.includes('url')) {
    const check = httpsUrl('url')
    fields.push(
      target('url', {
        name: 'url',
        type: 'text',
        validate: (value: unknown, { siblingData }: { siblingData: { type?: string } }) =>
          siblingData.type === 'url' ? check(value) : true,
      }),
    )
  }
  return { name, type: 'group', fields: [{ type: 'row', fields }] }
}

function required(name: string) {
  return (value: unknown, { siblingData }: { siblingData: { type?: string } }) =>
    siblingData.type !== name || (value !== null && value !== undefined && value !== '')
      ? true
      : `${name}: choose the ${name} this item points at`
}
