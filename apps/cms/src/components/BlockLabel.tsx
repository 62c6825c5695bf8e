'use client'
/**
 * The header of a body block in the editor, named by what the block says (a section heading by its
 * heading, an offers group by its partners), where Payload would show the block type and an "Untitled"
 * block name. It reads the block's own form as the editor types, so the label follows every keystroke.
 */
import { Pill, useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Props = {
  /** The block type's name, shown as the pill before the label. */
  kind: string
  /** The block field whose text names it (`heading`, `title`). */
  textField?: string
  /** An array field whose rows' `partner` relationships name it (offers groups). */
  partnersField?: string
}

const idOf = (value: unknown): string | null => {
  const id =
    value && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value
  return typeof id === 'number' || typeof id === 'string' ? String(id) : null
}

/** Partner names by id, read once per set of ids from the REST API with the editor's session. */
function usePartnerNames(ids: string): string[] {
  const { config } = useConfig()
  const [names, setNames] = useState<Record<string, string>>({})
  useEffect(() => {
    const wanted = ids.split(',').filter(Boolean)
    if (wanted.length === 0) return
    const controller = new AbortController()
    const query = new URLSearchParams({ depth: '0', limit: String(wanted.length), draft: 'true' })
    wanted.forEach((id, i) => query.set(`where[id][in][${i}]`, id))
    query.set('select[name]', 'true')
    // A relative address: the admin may be served at another host than its configured serverURL.
    fetch(`${config.routes.api}/partners?${query.toString()}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: { id: number | string; name?: string }[] }) =>
        setNames(Object.fromEntries((body.docs ?? []).map((doc) => [String(doc.id), doc.name ?? '']))),
      )
      .catch(() => undefined)
    return () => controller.abort()
  }, [ids, config.routes.api])
  return ids
    .split(',')
    .filter(Boolean)
    .map((id) => names[id])
    .filter((name): name is string => Boolean(name))
}

export function BlockLabel({ kind, textField, partnersField }: Props) {
  const text = useFormFields(([fields]) => {
    const value = textField ? fields[textField]?.value : undefined
    return typeof value === 'string' ? value.trim() : ''
  })
  // The offers' partner ids as one string, so the selector's result compares by value.
  const partnerIds = useFormFields(([fields]) => {
    if (!partnersField) return ''
    return Object.keys(fields)
      .filter((path) => path.startsWith(`${partnersField}.`) && path.endsWith('.partner'))
      .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]))
      .map((path) => idOf(fields[path]?.value))
      .filter((id): id is string => id !== null)
      .join(',')
  })
  const partners = usePartnerNames(partnerIds)
  const label = partners.length ? partners.join(', ') : text
  return (
    <div className="blocks-field__block-label haven-block-label">
      <Pill pillStyle="white" size="small">
        {kind}
      </Pill>
      <span className="haven-block-label__text" style={{ marginInlineStart: 8, fontWeight: 600 }}>
        {label || <em style={{ fontWeight: 400, opacity: 0.7 }}>empty</em>}
      </span>
    </div>
  )
}
