'use client'

import type { MenuNode } from '@haven/schemas'
import Link from 'next/link'
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react'

/**
 * The site menu as a WAI-ARIA disclosure navigation: each top-level item is a button that shows or
 * hides its panel (Enter/Space), Escape closes the open panel and returns focus to its button, and
 * leaving the menu (a click or focus elsewhere, or on a desktop the mouse pointer moving off the open
 * item and its panel) closes it. The same tree renders as the mobile menu.
 */
export function MegaMenu({ tree }: { tree: MenuNode[] }) {
  return (
    <>
      <nav aria-label="Main" className="mega-menu">
        <Disclosures
          tree={tree}
          listClassName="mega-menu__bar"
          itemClassName="mega-menu__item"
          buttonClassName="mega-menu__button"
          panelClassName="mega-menu__panel"
          closeOnPointerLeave
        />
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
 * The top-level items as disclosure buttons, one panel open at a time: the desktop menu bar and the
 * phone menu's sections. Escape closes the open panel and returns focus to its button (and goes no
 * further, so an enclosing menu closes only on the next Escape); leaving the list closes the panel.
 */
function Disclosures({
  tree,
  listClassName,
  itemClassName,
  buttonClassName,
  panelClassName,
  onNavigate,
  closeOnPointerLeave = false,
}: {
  tree: MenuNode[]
  listClassName: string
  itemClassName?: string
  buttonClassName: string
  panelClassName?: string
  onNavigate?: () => void
  /** Desktop: a panel the mouse pointer leaves (its button and the panel under it) closes. */
  closeOnPointerLeave?: boolean
}) {
  const [open, setOpen] = useState<number | null>(null)
  const leaveTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const cancelLeave = useCallback(() => {
    if (leaveTimer.current) clearTimeout(leaveTimer.current)
    leaveTimer.current = null
  }, [])
  useEffect(() => cancelLeave, [cancelLeave])
  // A short delay, so a pointer crossing the gap between the button and its panel (or overshooting
  // the panel's edge for a moment) does not snap it shut. Touch and pen taps never close it this way.
  const pointerHandlers = closeOnPointerLeave
    ? {
        onPointerEnter: cancelLeave,
        onPointerLeave: (event: PointerEvent<HTMLLIElement>) => {
          if (event.pointerType !== 'mouse') return
          cancelLeave()
          leaveTimer.current = setTimeout(() => setOpen(null), 300)
        },
      }
    : {}
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const list = useRef<HTMLUListElement>(null)
  const id = useId()
  const close = useCallback(() => setOpen(null), [])
  useCloseWhenLeft(list, open !== null, close)
  const navigate = () => {
    close()
    onNavigate?.()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || open === null) return
    event.preventDefault()
    event.stopPropagation()
    buttons.current[open]?.focus()
    close()
  }

  return (
    <ul ref={list} className={listClassName} onKeyDown={onKeyDown}>
      {tree.map((item, index) => (
        <li key={item.label} className={itemClassName} {...(open === index ? pointerHandlers : {})}>
          <button
            ref={(element) => {
              buttons.current[index] = element
            }}
            type="button"
            className={buttonClassName}
            aria-expanded={open === index}
            aria-controls={`${id}-panel-${index}`}
            onClick={() => setOpen(open === index ? null : index)}
          >
            {item.label}
          </button>
          <div id={`${id}-panel-${index}`} className={panelClassName} hidden={open !== index}>
            {item.href ? (
              <p className="mega-menu__overview">
                <Link href={item.href} onClick={navigate}>
                  All of {item.label}
                </Link>
              </p>
            ) : null}
            <MenuList nodes={item.children} onNavigate={navigate} />
          </div>
        </li>
      ))}
    </ul>
  )
}

/**
 * The same tree on a phone: a "Menu" button opening a panel in which each top-level item is again a
 * disclosure (102 links at once would be a wall). Escape closes the open section and returns focus to
 * its button, then closes the menu and returns focus to "Menu"; leaving the menu closes it. Closing
 * it also closes its sections (they render anew on the next opening).
 */
function MobileMenu({ tree }: { tree: MenuNode[] }) {
  const [open, setOpen] = useState(false)
  const menuButton = useRef<HTMLButtonElement>(null)
  const container = useRef<HTMLDivElement>(null)
  const id = useId()
  const close = useCallback(() => setOpen(false), [])
  useCloseWhenLeft(container, open, close)

  // Reached only when no section is open (an open section takes its own Escape).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return
    event.preventDefault()
    menuButton.current?.focus()
    close()
  }

  return (
    <div ref={container} className="mobile-menu" onKeyDown={onKeyDown}>
      <button
        ref={menuButton}
        type="button"
        className="mobile-menu__button"
        aria-expanded={open}
        aria-controls={`${id}-mobile`}
        onClick={() => setOpen(!open)}
      >
        Menu
      </button>
      {/* Its sections render once it opens: only script can open it, and the page already carries the
          same links in the desktop menu, so a second copy in every page's HTML would only add weight. */}
      <nav id={`${id}-mobile`} aria-label="Main (mobile)" className="mobile-menu__panel" hidden={!open}>
        {open ? (
          <Disclosures
            tree={tree}
            listClassName="mobile-menu__sections"
            buttonClassName="mobile-menu__section-button"
            onNavigate={close}
          />
        ) : null}
      </nav>
    </div>
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
