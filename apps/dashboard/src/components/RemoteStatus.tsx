/** The loading, error and empty states every view shows instead of a blank page. */
import type { ReactNode } from "react"
import type { ApiError } from "../api/client.ts"

export const Loading = ({ what }: { readonly what: string }) => (
  <p className="status status-loading" role="status" aria-live="polite">
    <span className="spinner" aria-hidden="true" />
    Loading {what}…
  </p>
)

export const ErrorMessage = ({ error, what, retry }: { readonly error: ApiError; readonly what: string; readonly retry?: () => void }) => (
  <div className="status status-error" role="alert" data-testid="error">
    <strong>Could not load {what}.</strong> <span>{error.message}</span>
    {retry === undefined ? null : (
      <button type="button" className="button-quiet retry" onClick={retry}>
        Try again
      </button>
    )}
  </div>
)

export const Empty = ({ children }: { readonly children: ReactNode }) => (
  <p className="status status-empty" data-testid="empty">
    {children}
  </p>
)
