/** React hooks that run API calls: the latest answer for the current inputs, and cursor-paged lists. */
import { useCallback, useEffect, useRef, useState } from "react"
import { ApiError } from "./client.ts"

/** A request that can be called off: the hooks abort it when its inputs change or the view goes away. */
export type Call<A> = (signal: AbortSignal) => Promise<A>

/** What a view knows about one API answer. */
export type Remote<A> =
  | { readonly status: "loading" }
  | { readonly status: "failure"; readonly error: ApiError; readonly retry: () => void }
  | { readonly status: "success"; readonly value: A }

/** Any failure as an ApiError (a bug in the code that reshapes an answer shows as one too, rather than a blank view). */
const failureOf = (cause: unknown): ApiError =>
  cause instanceof ApiError ? cause : new ApiError({ status: 0, path: "", detail: cause instanceof Error ? cause.message : String(cause) })

/** Runs `call` whenever `key` changes (a string naming the inputs); a stale answer is aborted and dropped. */
export const useRemote = <A>(key: string, call: Call<A>): Remote<A> => {
  const [state, setState] = useState<{ readonly key: string; readonly remote: Remote<A> }>({ key, remote: { status: "loading" } })
  const [attempt, setAttempt] = useState(0)
  const latest = useRef(call)
  latest.current = call
  useEffect(() => {
    const controller = new AbortController()
    setState((s) => (s.key === key && s.remote.status === "loading" ? s : { key, remote: { status: "loading" } }))
    latest.current(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setState({ key, remote: { status: "success", value } })
      },
      (cause: unknown) => {
        if (!controller.signal.aborted) setState({ key, remote: { status: "failure", error: failureOf(cause), retry: () => setAttempt((n) => n + 1) } })
      }
    )
    return () => controller.abort()
  }, [key, attempt])
  return state.key === key ? state.remote : { status: "loading" }
}

/** A list read page by page: the items so far, and how to get more. */
export interface PagedList<A> {
  readonly items: ReadonlyArray<A>
  /** `loading` also while a further page loads; `failure` keeps the items already read. */
  readonly status: "loading" | "failure" | "success"
  readonly error: ApiError | null
  readonly hasMore: boolean
  readonly loadMore: () => void
  /** Repeats the request that failed (the first page, or the page after the items already read). */
  readonly retry: () => void
}

/** Reads the first page whenever `key` changes, and further pages on `loadMore`, following `nextCursor`. */
export const usePagedList = <A>(
  key: string,
  page: (cursor: string | undefined, signal: AbortSignal) => Promise<{ readonly items: ReadonlyArray<A>; readonly nextCursor: string | null }>
): PagedList<A> => {
  type State = { readonly key: string; readonly items: ReadonlyArray<A>; readonly cursor: string | null; readonly status: PagedList<A>["status"]; readonly error: ApiError | null }
  const [state, setState] = useState<State>({ key, items: [], cursor: null, status: "loading", error: null })
  const latest = useRef(page)
  latest.current = page
  const controller = useRef<AbortController | null>(null)

  const run = useCallback((cursor: string | undefined, append: boolean) => {
    controller.current?.abort()
    const c = new AbortController()
    controller.current = c
    setState((s) => ({ key, items: append ? s.items : [], cursor: append ? s.cursor : null, status: "loading", error: null }))
    latest.current(cursor, c.signal).then(
      (page) => {
        if (!c.signal.aborted) setState((s) => ({ key, items: append ? [...s.items, ...page.items] : page.items, cursor: page.nextCursor, status: "success", error: null }))
      },
      (cause: unknown) => {
        if (!c.signal.aborted) setState((s) => ({ ...s, key, status: "failure", error: failureOf(cause) }))
      }
    )
  }, [key])

  useEffect(() => {
    run(undefined, false)
    return () => controller.current?.abort()
  }, [run])

  const current: State = state.key === key ? state : { key, items: [], cursor: null, status: "loading", error: null }
  return {
    items: current.items,
    status: current.status,
    error: current.error,
    hasMore: current.cursor !== null,
    loadMore: () => {
      if (current.cursor !== null && current.status !== "loading") run(current.cursor, true)
    },
    retry: () => {
      if (current.status !== "failure") return
      if (current.items.length === 0) run(undefined, false)
      else if (current.cursor !== null) run(current.cursor, true)
    }
  }
}
