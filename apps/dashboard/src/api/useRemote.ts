/** React hooks that run API Effects: the latest answer for the current inputs, and cursor-paged lists. */
import { Cause, Effect, Exit, Option } from "effect"
import { useCallback, useEffect, useRef, useState } from "react"
import { ApiError } from "./client.ts"

/** What a view knows about one API answer. */
export type Remote<A> =
  | { readonly status: "loading" }
  | { readonly status: "failure"; readonly error: ApiError; readonly retry: () => void }
  | { readonly status: "success"; readonly value: A }

const failureOf = <A>(exit: Exit.Exit<A, ApiError>): ApiError | null => {
  if (Exit.isSuccess(exit)) return null
  const failure = Cause.failureOption(exit.cause)
  if (Option.isSome(failure)) return failure.value
  if (Cause.isInterruptedOnly(exit.cause)) return null
  const defect = Cause.squash(exit.cause)
  return new ApiError({ status: 0, path: "", detail: defect instanceof Error ? defect.message : String(defect) })
}

/** Runs `effect` whenever `key` changes (a string naming the inputs); a stale answer is aborted and dropped. */
export const useRemote = <A>(key: string, effect: () => Effect.Effect<A, ApiError>): Remote<A> => {
  const [state, setState] = useState<{ readonly key: string; readonly remote: Remote<A> }>({ key, remote: { status: "loading" } })
  const [attempt, setAttempt] = useState(0)
  const latest = useRef(effect)
  latest.current = effect
  useEffect(() => {
    const controller = new AbortController()
    setState((s) => (s.key === key && s.remote.status === "loading" ? s : { key, remote: { status: "loading" } }))
    void Effect.runPromiseExit(latest.current(), { signal: controller.signal }).then((exit) => {
      if (controller.signal.aborted) return
      const error = failureOf(exit)
      if (Exit.isSuccess(exit)) setState({ key, remote: { status: "success", value: exit.value } })
      else if (error !== null) setState({ key, remote: { status: "failure", error, retry: () => setAttempt((n) => n + 1) } })
    })
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
  page: (cursor: string | undefined) => Effect.Effect<{ readonly items: ReadonlyArray<A>; readonly nextCursor: string | null }, ApiError>
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
    void Effect.runPromiseExit(latest.current(cursor), { signal: c.signal }).then((exit) => {
      if (c.signal.aborted) return
      if (Exit.isSuccess(exit)) {
        setState((s) => ({ key, items: append ? [...s.items, ...exit.value.items] : exit.value.items, cursor: exit.value.nextCursor, status: "success", error: null }))
      } else {
        const error = failureOf(exit)
        if (error !== null) setState((s) => ({ ...s, key, status: "failure", error }))
      }
    })
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
