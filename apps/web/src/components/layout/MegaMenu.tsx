'use client'

import type { MenuNode } from '@haven/schemas'
import Link from 'next/link'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

/**
 * The site menu as a WAI-ARIA disclosure navigation: each top-level item is a button that shows or
 * hides its panel (Enter/Space), Escape closes the open panel and returns focus to its button, and
 * leaving the menu closes it. The same tree renders as the mobile menu.
 */
export function MegaMenu({ tree }: { tree: MenuNode[] }) {
  const [open, setOpen] = useState<number | null>(null)
  const [mobileOpen, setMobileOpen] = useState(false)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const navRef = useRef<HTMLElement>(null)
  const id = useId()

  useEffect(() => {
    if (open === null) return
    const close = (event: MouseEvent | FocusEvent) => {
      if (navRef.current && !navRef.current.contains(event.target as Node)) setOpen(null)
    }
    document.addEventListener('mousedown', close)
    document.addEventListener('focusin', close)
    return () => {
      document.removeEventListener('mousedown', close)
      document.removeEventListener('focusin', close)
    }
  }, [open])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open !== null) {
      event.preventDefault()
      buttons.current[open]?.focus()
      setOpen(null)
    }
  }

  return (
    <>
      <nav ref={navRef} aria-label="Main" className="mega-menu" onKeyDown={onKeyDown}>
        <ul className="mega-menu__bar">
          {tree.map((item, index) => (
            <li key={item.label} className="mega-menu__item">
              <button
                ref={(element) => {
                  buttons.current[index] = element
                }}
                type="button"
                className="mega-menu__button"
                aria-expanded={open === index}
                aria-controls={`${id}-panel-${index}`}
                onClick={() => setOpen(open === index ? null : index)}
              >
                {item.label}
              </button>
              <div id={`${id}-panel-${index}`} className="mega-menu__panel" hidden={open !== index}>
                {item.href ? (
                  <p className="mega-menu__overview">
                    <Link href={item.href} onClick={() => setOpen(null)}>
                      All of {item.label}
                    </Link>
                  </p>
                ) : null}
                <MenuList nodes={item.children} onNavigate={() => setOpen(null)} />
              </div>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mobile-menu">
        <button
          type="button"
          className="mobile-menu__button"
          aria-expanded={mobileOpen}
          aria-controls={`${id}-mobile`}
          onClick={() => setMobileOpen(!mobileOpen)}
          onKeyDown={(event) => event.key === 'Escape' && setMobileOpen(false)}
        >
          Menu
        </button>
        <nav
          id={`${id}-mobile`}
          aria-label="Main (mobile)"
          className="mobile-menu__panel"
          hidden={!mobileOpen}
        >
          <MenuList nodes={tree} onNavigate={() => setMobileOpen(false)} />
        </nav>
      </div>
    </>
  )
}

function MenuList({ nodes, onNavigate }: { nodes: MenuNode[]; onNavigate: () => void }) {
  if (nodes.length === 0) return null
  return (
    <ul>
      {nodes.map((node) => (
        <li key={`${node.label}-${node.href ?? ''}`}>
          {node.href ? (
            <Link href={node.href} onClick={onNavigate}>
              {node.label}
            </Link>
          ) : (
            <span>{node.label}</span>
          )}
          <MenuList nodes={node.children} onNavigate={onNavigate} />
        </li>
      ))}
    </ul>
  )
}
