/**
 * A form's draft of a value the URL holds: what the user types is kept until submitted, and when the URL changes under
 * the form (Back, a link, Reset) the draft follows it. `same` says when two URL values are the same value.
 */
import { useState } from "react"

export const useDraft = <A>(fromUrl: A, same: (a: A, b: A) => boolean = Object.is): readonly [A, (next: A) => void] => {
  const [draft, setDraft] = useState(fromUrl)
  const [seen, setSeen] = useState(fromUrl)
  if (!same(seen, fromUrl)) {
    // set during render, as React advises for state derived from a prop: no effect, no flash of the stale draft
    setSeen(fromUrl)
    setDraft(fromUrl)
  }
  return [draft, setDraft]
}
