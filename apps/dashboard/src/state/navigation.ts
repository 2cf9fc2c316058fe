/** The browser location as React state: read the current route, and move to another without a page load. */
import { useMemo, useSyncExternalStore } from "react"
import { parseRoute, routeHref, type Route } from "./urlState.ts"

const listeners = new Set<() => void>()
const notify = () => {
  for (const l of listeners) l()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  window.addEventListener("popstate", listener)
  window.addEventListener("hashchange", listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener("popstate", listener)
    window.removeEventListener("hashchange", listener)
  }
}

const snapshot = () => window.location.pathname + window.location.search + window.location.hash

/** Goes to `href` (same origin); `replace` swaps the history entry instead of adding one (for filter typing). */
export const navigate = (href: string, options: { readonly replace?: boolean } = {}) => {
  if (href === snapshot()) return
  if (options.replace === true) window.history.replaceState(null, "", href)
  else window.history.pushState(null, "", href)
  notify()
}

/** Goes to a route. */
export const navigateTo = (route: Route, options: { readonly replace?: boolean } = {}) => navigate(routeHref(route), options)

/** The current location string; components re-render when it changes. */
export const useLocationKey = (): string => useSyncExternalStore(subscribe, snapshot, snapshot)

/** The current route. */
export const useRoute = (): Route => {
  const key = useLocationKey()
  return useMemo(() => parseRoute(window.location), [key])
}
