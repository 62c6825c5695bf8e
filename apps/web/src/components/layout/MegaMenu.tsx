'use client'

import type { MenuNode } from '@haven/schemas'
import Link from 'next/link'
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react'

/**
 * The site menu as a WAI-ARIA disclosure navigation: each top-level item is a button that shows or
 * hides its panel (Enter/Space), Escape closes the open panel and returns focus to its button, and
 * leaving the menu closes it. The same tree renders as the mobile menu.
 */
export function MegaMenu({ tree }: { tree: MenuNode[] }) {
  const [open, setOpen] = useState<number | null>(null)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const navRef = useRef<HTMLElement>(null)
  const id = useId()
  const close = useCallback(() => setOpen(null), [])
  useCloseWhenLeft(navRef, open !== null, close)

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
                <Section item={item} onNavigate={close} />
              </div>
            </li>
          ))}
        </ul>
      </nav>
      <MobileMenu tree={tree} />
    </>
  )
}

/**
 * Closes a menu when the reader clicks or moves focus outside `container` (the disclosure pattern's
 * "leaving the menu closes it").
 */
function useCloseWhenLeft(container: RefObject<HTMLElement | null>, isOpen: boolean, close: () => void) {
  useEffect(() => {
    if (!isOpen) return
    const onOutside = (event: MouseEvent | FocusEvent) => {
      if (container.current && !container.current.contains(event.target as Node)) close()
    }
    document.addEventListener('mousedown', onOutside)
    document.addEventListener('focusin', onOutside)
    return () => {
      document.removeEventListener('mousedown', onOutside)
      document.removeEventListener('focusin', onOutside)
    }
  }, [container, isOpen, close])
}

/**
 * The same tree on a phone: a "Menu" button opening a panel in which each top-level item is again a
 * disclosure button (102 links at once would be a wall). Escape closes the open section and returns
 * focus to its button, then closes the menu and returns focus to "Menu"; leaving the menu closes it.
 */
function MobileMenu({ tree }: { tree: MenuNode[] }) {
  const [open, setOpen] = useState(false)
  const [section, setSection] = useState<number | null>(null)
  const menuButton = useRef<HTMLButtonElement>(null)
  const sectionButtons = useRef<(HTMLButtonElement | null)[]>([])
  const container = useRef<HTMLDivElement>(null)
  const id = useId()
  const close = useCallback(() => {
    setOpen(false)
    setSection(null)
  }, [])
  useCloseWhenLeft(container, open, close)

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return
    event.preventDefault()
    const inSection =
      section !== null &&
      document.getElementById(`${id}-section-${section}`)?.contains(document.activeElement as Node)
    if (inSection) {
      sectionButtons.current[section]?.focus()
      setSection(null)
    } else {
      menuButton.current?.focus()
      close()
    }
  }

  return (
    <div ref={container} className="mobile-menu" onKeyDown={onKeyDown}>
      <button
        ref={menuButton}
        type="button"
        className="mobile-menu__button"
        aria-expanded={open}
        aria-controls={`${id}-mobile`}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Menu
      </button>
      <nav id={`${id}-mobile`} aria-label="Main (mobile)" className="mobile-menu__panel" hidden={!open}>
        <ul className="mobile-menu__sections">
          {tree.map((item, index) => (
            <li key={item.label}>
              <button
                ref={(element) => {
                  sectionButtons.current[index] = element
                }}
                type="button"
                className="mobile-menu__section-button"
                aria-expanded={section === index}
                aria-controls={`${id}-section-${index}`}
                onClick={() => setSection(section === index ? null : index)}
              >
                {item.label}
              </button>
              <div id={`${id}-section-${index}`} hidden={section !== index}>
                <Section item={item} onNavigate={close} />
              </div>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  )
}

/** What a top-level item opens: a link to its own page, then its tree. */
function Section({ item, onNavigate }: { item: MenuNode; onNavigate: () => void }) {
  return (
    <>
      {item.href ? (
        <p className="mega-menu__overview">
          <Link href={item.href} onClick={onNavigate}>
            All of {item.label}
          </Link>
        </p>
      ) : null}
      <MenuList nodes={item.children} onNavigate={onNavigate} />
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
