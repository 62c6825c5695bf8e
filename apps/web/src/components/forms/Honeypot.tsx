import { HONEYPOT_FIELD } from '@haven/schemas/browser'

/**
 * A field people never see or reach (off-screen, hidden from assistive technology, out of the tab
 * order) and that form-filling bots do fill in: the server drops what arrives with it filled.
 */
export function Honeypot() {
  return (
    <div className="form-honeypot" aria-hidden="true">
      <label htmlFor={`${HONEYPOT_FIELD}-field`}>Leave this empty</label>
      <input
        id={`${HONEYPOT_FIELD}-field`}
        name={HONEYPOT_FIELD}
        type="text"
        tabIndex={-1}
        autoComplete="off"
      />
    </div>
  )
}
