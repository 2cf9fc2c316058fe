/** Text with highlighted spans, rendered as React text nodes only: the text is untrusted article content. */
import { useMemo } from "react"
import { highlightSegments, type HighlightSpan } from "../text/highlightSegments.ts"

/** What a highlighted span stands for: its kind picks the colour, `label` is shown on hover. */
export interface TextMark {
  readonly kind: "statement" | "incident" | "quote" | "keyword"
  readonly id: string
  readonly label: string
}

export interface HighlightedTextProps {
  readonly text: string
  readonly spans: ReadonlyArray<HighlightSpan<TextMark>>
  readonly window?: { readonly start: number; readonly end: number }
  /** The span to emphasise (the reader was sent to it); its first run gets `data-focus`. */
  readonly focusId?: string | null
  readonly className?: string
  readonly testId?: string
}

const KIND_ORDER: ReadonlyArray<TextMark["kind"]> = ["statement", "quote", "incident", "keyword"]

export const HighlightedText = ({ text, spans, window, focusId = null, className, testId }: HighlightedTextProps) => {
  const segments = useMemo(() => highlightSegments(text, spans, window), [text, spans, window])
  let focusSeen = false
  return (
    <span className={className} data-testid={testId}>
      {segments.map((segment) => {
        if (segment.annotations.length === 0) return <span key={segment.start}>{segment.text}</span>
        const kinds = KIND_ORDER.filter((k) => segment.annotations.some((a) => a.kind === k))
        const focused = focusId !== null && segment.annotations.some((a) => a.id === focusId)
        const firstFocused = focused && !focusSeen
        if (focused) focusSeen = true
        const statementIds = segment.annotations.filter((a) => a.kind === "statement").map((a) => a.id)
        const incidentIds = segment.annotations.filter((a) => a.kind === "incident").map((a) => a.id)
        return (
          <mark
            key={segment.start}
            className={["hl", ...kinds.map((k) => `hl-${k}`), segment.annotations.length > 1 ? "hl-overlap" : "", focused ? "hl-focus" : ""].filter(Boolean).join(" ")}
            title={segment.annotations.map((a) => a.label).join("\n")}
            data-statement-ids={statementIds.length > 0 ? statementIds.join(" ") : undefined}
            data-incident-ids={incidentIds.length > 0 ? incidentIds.join(" ") : undefined}
            data-focus={firstFocused ? "true" : undefined}
          >
            {segment.text}
          </mark>
        )
      })}
    </span>
  )
}
