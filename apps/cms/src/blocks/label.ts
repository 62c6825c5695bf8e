import type { Block } from 'payload'

/**
 * The editor's header for a block: its type and what it says (components/BlockLabel.tsx), instead of
 * Payload's "Untitled" block name.
 */
export function labelledBy(
  block: Block,
  by: { textField: string } | { partnersField: string; textField?: string },
): Block {
  const kind = typeof block.labels?.singular === 'string' ? block.labels.singular : block.slug
  return {
    ...block,
    admin: {
      ...block.admin,
      components: {
        ...block.admin?.components,
        Label: { path: '/components/BlockLabel#BlockLabel', clientProps: { kind, ...by } },
      },
    },
  }
}
