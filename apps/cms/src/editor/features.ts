import {
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  BlockquoteFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { Block, TextFieldSingleValidation } from 'payload'

import { safeLinkUrl } from '../fields/validators'
import { collections } from '../slugs'

/** Documents an internal link may point at. */
export const linkableCollections = [
  collections.articles,
  collections.pages,
  collections.topics,
  collections.people,
] as const

const validateLinkUrl: TextFieldSingleValidation = (value, { siblingData }) =>
  (siblingData as { linkType?: string }).linkType === 'internal' ? true : safeLinkUrl(value)

/** Links: internal ones are relationships to documents; external ones https (or mailto/tel) only. */
export function linkFeature() {
  return LinkFeature({
    enabledCollections: [...linkableCollections],
    fields: ({ defaultFields }) =>
      defaultFields.map((field) =>
        field.name === 'url' && field.type === 'text'
          ? ({ ...field, validate: validateLinkUrl } as typeof field)
          : field,
      ),
  })
}

/** Text inside blocks (callouts, the author's section): paragraphs, emphasis, lists and links. */
export const simpleTextEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    BoldFeature(),
    ItalicFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    linkFeature(),
    InlineToolbarFeature(),
  ],
})

/**
 * The article and page body. Section headings (H2) are a block with an optional short label for the
 * table of contents, so the toolbar offers only H3 and H4.
 */
export function bodyEditor(blocks: Block[]) {
  return lexicalEditor({
    features: () => [
      ParagraphFeature(),
      BoldFeature(),
      ItalicFeature(),
      HeadingFeature({ enabledHeadingSizes: ['h3', 'h4'] }),
      UnorderedListFeature(),
      OrderedListFeature(),
      BlockquoteFeature(),
      HorizontalRuleFeature(),
      linkFeature(),
      BlocksFeature({ blocks }),
      FixedToolbarFeature(),
      InlineToolbarFeature(),
    ],
  })
}
