/**
 * `@haven/schemas/lexical-builder`: builds serialized Lexical JSON in the shape Payload's editor stores
 * it (the shape `lexical.ts` parses). The one builder shared by the CMS seed, the web app's component
 * fixtures and the tests, so a change to what the editor writes is made once. It returns plain JSON,
 * not parsed values: callers that want the web's view parse it with `lexicalDocumentSchema`.
 *
 * No zod and no Node built-ins here: the web app's test fixtures and the seed import it alike.
 */

/** A serialized Lexical node: its `type` and whatever properties that type has. */
export type LexicalJson = { [key: string]: unknown }

/** Lexical's text format bits (a text node's `format` is their sum). */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const

/** A fresh id for a block or a link, shaped like the ones Payload's editor gives (24 hex digits). */
export function blockId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

export function text(value: string, format = 0): LexicalJson {
  return { type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

/** An element (a node with children) with the properties every element carries. */
export function element(type: string, children: LexicalJson[], extra: LexicalJson = {}): LexicalJson {
  return { type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra }
}

export function paragraph(...children: LexicalJson[]): LexicalJson {
  return element('paragraph', children, { textFormat: 0, textStyle: '' })
}

export function heading(
  tag: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6',
  ...children: LexicalJson[]
): LexicalJson {
  return element('heading', children, { tag })
}

export function listItem(...children: LexicalJson[]): LexicalJson {
  return element('listitem', children, { value: 1 })
}

/** A bulleted or numbered list; its items are numbered in order, as the editor does. */
export function list(ordered: boolean, ...items: LexicalJson[]): LexicalJson {
  return element(
    'list',
    items.map((item, index) => (item.type === 'listitem' ? { ...item, value: index + 1 } : item)),
    { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' },
  )
}

/**
 * A link's fields: to a document (`internal`: its id as stored, or the document as a read populates
 * it, or `null` when the reader may not see it) or to a URL (`custom`).
 */
export type LinkFieldsJson =
  | { linkType: 'internal'; doc: { relationTo: string; value: unknown }; newTab?: boolean }
  | { linkType: 'custom'; url: string; newTab?: boolean }

export function link(fields: LinkFieldsJson, ...children: LexicalJson[]): LexicalJson {
  return element('link', children, { fields: { newTab: false, ...fields }, id: blockId() })
}

/** A block node: `fields` holds `blockType` and the block's own fields (an id is given when missing). */
export function block(fields: { blockType: string } & LexicalJson): LexicalJson {
  return { type: 'block', fields: { id: blockId(), blockName: '', ...fields }, format: '', version: 2 }
}

/** A section heading (an H2 of the table of contents), with its optional short label. */
export function sectionHeading(heading: string, tocLabel: string | null = null): LexicalJson {
  return block({ blockType: 'sectionHeading', heading, tocLabel })
}

/** A rich-text field's value. */
export function root(...children: LexicalJson[]): { root: LexicalJson } {
  return { root: element('root', children) }
}
