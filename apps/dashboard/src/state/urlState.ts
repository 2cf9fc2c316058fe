/** Every dashboard view as a URL (path, search params, hash) and back, so any view can be shared as a link. */
import type { ActorKind, Interval, IsoDate, StatementKind } from "@wirewatch/domain"
import { isActorKind, isInterval, isIsoDate, isStatementKind } from "@wirewatch/domain/plain"

/** Which chart bucket the overview drills into; `actor` narrows a statements bucket to one line. */
export type Drill =
  | { readonly chart: "statements"; readonly bucket: IsoDate; readonly actor: string | null }
  | { readonly chart: "incidents"; readonly bucket: IsoDate }

export interface OverviewState {
  readonly interval: Interval
  /** Actor ids charted; empty means "the top actors". */
  readonly actors: ReadonlyArray<string>
  readonly from: IsoDate | null
  readonly to: IsoDate | null
  /** Keyword the charted statements must contain ("" for all). */
  readonly q: string
  readonly drill: Drill | null
}

/** The overlay: one actor's statements against attacks on a country or place, on one time axis. */
export interface OverlayState {
  /** The actor whose statements are drawn; null until one is picked. */
  readonly actor: string | null
  readonly q: string
  readonly country: string
  readonly place: string
  readonly interval: Interval
  readonly from: IsoDate | null
  readonly to: IsoDate | null
  /** The clicked bucket, whose statements and attacks are listed below the chart. */
  readonly bucket: IsoDate | null
}

/** The incident map: incidents of a period (and country) drawn at their places. */
export interface MapState {
  readonly country: string
  readonly perpetrator: string
  readonly from: IsoDate | null
  readonly to: IsoDate | null
}

export interface StatementFilters {
  readonly actors: ReadonlyArray<string>
  readonly kind: StatementKind | null
  readonly q: string
  readonly from: IsoDate | null
  readonly to: IsoDate | null
}

export interface IncidentFilters {
  readonly country: string
  readonly place: string
  readonly perpetrator: string
  readonly from: IsoDate | null
  readonly to: IsoDate | null
}

export interface ActorFilters {
  readonly kind: ActorKind | null
  readonly q: string
}

export interface ArticleFilters {
  readonly q: string
  readonly from: IsoDate | null
  readonly to: IsoDate | null
}

/** The item of an article the reader was sent to: `#statement=<id>` or `#incident=<id>`. */
export type ArticleFocus = { readonly kind: "statement" | "incident"; readonly id: string }

export type Route =
  | { readonly page: "overview"; readonly state: OverviewState }
  | { readonly page: "overlay"; readonly state: OverlayState }
  | { readonly page: "map"; readonly state: MapState }
  | { readonly page: "statements"; readonly filters: StatementFilters }
  | { readonly page: "articles"; readonly filters: ArticleFilters }
  | { readonly page: "article"; readonly id: string; readonly focus: ArticleFocus | null }
  | { readonly page: "actors"; readonly filters: ActorFilters }
  | { readonly page: "actor"; readonly id: string; readonly interval: Interval }
  | { readonly page: "incidents"; readonly filters: IncidentFilters }
  | { readonly page: "incident"; readonly id: string }
  | { readonly page: "not-found"; readonly path: string }

/** Corpora span months to years: monthly buckets keep bars wide enough to see and click. */
export const DEFAULT_INTERVAL: Interval = "month"
/** An actor's own chart spans their whole record, so it starts with months too. */
export const ACTOR_INTERVAL: Interval = "month"

export const emptyOverview: OverviewState = { interval: DEFAULT_INTERVAL, actors: [], from: null, to: null, q: "", drill: null }
/** Weeks: the overlay compares statements with strikes around them, which months would blur. */
export const OVERLAY_INTERVAL: Interval = "week"
export const emptyOverlay: OverlayState = { actor: null, q: "", country: "", place: "", interval: OVERLAY_INTERVAL, from: null, to: null, bucket: null }
export const emptyMap: MapState = { country: "", perpetrator: "", from: null, to: null }
export const emptyStatementFilters: StatementFilters = { actors: [], kind: null, q: "", from: null, to: null }
export const emptyIncidentFilters: IncidentFilters = { country: "", place: "", perpetrator: "", from: null, to: null }
export const emptyActorFilters: ActorFilters = { kind: null, q: "" }
export const emptyArticleFilters: ArticleFilters = { q: "", from: null, to: null }

const dateParam = (p: URLSearchParams, name: string): IsoDate | null => {
  const v = p.get(name)
  return v !== null && isIsoDate(v) ? v : null
}
const textParam = (p: URLSearchParams, name: string): string => (p.get(name) ?? "").trim().slice(0, 200)
const listParam = (p: URLSearchParams, name: string): ReadonlyArray<string> =>
  [...new Set((p.get(name) ?? "").split(",").map((s) => s.trim()).filter((s) => s.length > 0))]

const decodeSegment = (s: string): string | null => {
  try {
    return decodeURIComponent(s)
  } catch {
    return null
  }
}

/** Percent-encodes an id for a path or hash, keeping `:` readable (ids look like `<article>:s3`). */
const encodeId = (id: string): string => encodeURIComponent(id).replace(/%3A/gi, ":")

const parseDrill = (p: URLSearchParams): Drill | null => {
  const bucket = dateParam(p, "bucket")
  if (bucket === null) return null
  const chart = p.get("drill")
  if (chart === "statements") {
    const actor = textParam(p, "actor")
    return { chart, bucket, actor: actor === "" ? null : actor }
  }
  if (chart === "incidents") return { chart, bucket }
  return null
}

const parseFocus = (hash: string): ArticleFocus | null => {
  const m = /^#?(statement|incident)=(.+)$/.exec(hash)
  if (m === null) return null
  const id = decodeSegment(m[2]!)
  return id === null || id === "" ? null : { kind: m[1] as ArticleFocus["kind"], id }
}

/**
 * A hash route (`/#/statements?kind=direct`, `/#/articles/<id>#statement=<id>`) as the location it stands for,
 * so links written for a hash router still work; null when the hash is not a route.
 */
export const hashRouteLocation = (hash: string): { readonly pathname: string; readonly search: string; readonly hash: string } | null => {
  const m = /^#(\/[^?#]*)(\?[^#]*)?(#.*)?$/.exec(hash)
  return m === null ? null : { pathname: m[1]!, search: m[2] ?? "", hash: m[3] ?? "" }
}

/** Reads the route a location stands for; unknown or malformed parameters fall back to their defaults. */
export const parseRoute = (location: { readonly pathname: string; readonly search: string; readonly hash: string }): Route => {
  const fromHash = hashRouteLocation(location.hash)
  if (fromHash !== null && (location.pathname === "/" || location.pathname === "")) return parseRoute(fromHash)
  const p = new URLSearchParams(location.search)
  const path = location.pathname.replace(/\/+$/, "") || "/"
  const parts = path.split("/").filter((s) => s.length > 0)

  if (parts.length === 0) {
    const interval = p.get("interval")
    return {
      page: "overview",
      state: {
        interval: interval !== null && isInterval(interval) ? interval : DEFAULT_INTERVAL,
        actors: listParam(p, "actors"),
        from: dateParam(p, "from"),
        to: dateParam(p, "to"),
        q: textParam(p, "q"),
        drill: parseDrill(p)
      }
    }
  }
  if (path === "/overlay") {
    const interval = p.get("interval")
    const actor = textParam(p, "actor")
    return {
      page: "overlay",
      state: {
        actor: actor === "" ? null : actor,
        q: textParam(p, "q"),
        country: textParam(p, "country"),
        place: textParam(p, "place"),
        interval: interval !== null && isInterval(interval) ? interval : OVERLAY_INTERVAL,
        from: dateParam(p, "from"),
        to: dateParam(p, "to"),
        bucket: dateParam(p, "bucket")
      }
    }
  }
  if (path === "/map") {
    return {
      page: "map",
      state: { country: textParam(p, "country"), perpetrator: textParam(p, "perpetrator"), from: dateParam(p, "from"), to: dateParam(p, "to") }
    }
  }
  const [head, id, ...rest] = parts
  if (rest.length === 0) {
    if (head === "statements" && id === undefined) {
      const kind = p.get("kind")
      return {
        page: "statements",
        filters: {
          actors: listParam(p, "actor"),
          kind: kind !== null && isStatementKind(kind) ? kind : null,
          q: textParam(p, "q"),
          from: dateParam(p, "from"),
          to: dateParam(p, "to")
        }
      }
    }
    if (head === "articles" && id === undefined) {
      return { page: "articles", filters: { q: textParam(p, "q"), from: dateParam(p, "from"), to: dateParam(p, "to") } }
    }
    if (head === "actors" && id === undefined) {
      const kind = p.get("kind")
      return { page: "actors", filters: { kind: kind !== null && isActorKind(kind) ? kind : null, q: textParam(p, "q") } }
    }
    if (head === "incidents" && id === undefined) {
      return {
        page: "incidents",
        filters: {
          country: textParam(p, "country"),
          place: textParam(p, "place"),
          perpetrator: textParam(p, "perpetrator"),
          from: dateParam(p, "from"),
          to: dateParam(p, "to")
        }
      }
    }
    const decodedId = id === undefined ? null : decodeSegment(id)
    if (head === "articles" && decodedId !== null && decodedId !== "") {
      return { page: "article", id: decodedId, focus: parseFocus(location.hash) }
    }
    if (head === "incidents" && decodedId !== null && decodedId !== "") return { page: "incident", id: decodedId }
    if (head === "actors" && decodedId !== null && decodedId !== "") {
      const interval = p.get("interval")
      return { page: "actor", id: decodedId, interval: interval !== null && isInterval(interval) ? interval : ACTOR_INTERVAL }
    }
  }
  return { page: "not-found", path: location.pathname }
}

/** Builds a query string from the set (non-empty) values, in a stable order; "" when nothing is set. */
const query = (entries: ReadonlyArray<readonly [string, string | null | undefined]>): string => {
  const p = new URLSearchParams()
  for (const [k, v] of entries) if (v !== null && v !== undefined && v !== "") p.set(k, v)
  const s = p.toString().replace(/%2C/gi, ",").replace(/%3A/gi, ":")
  return s === "" ? "" : `?${s}`
}

/** The link for a route: the inverse of `parseRoute`, leaving defaults out so links stay short. */
export const routeHref = (route: Route): string => {
  switch (route.page) {
    case "overview": {
      const s = route.state
      const d = s.drill
      return `/${query([
        ["interval", s.interval === DEFAULT_INTERVAL ? null : s.interval],
        ["actors", s.actors.join(",")],
        ["from", s.from],
        ["to", s.to],
        ["q", s.q],
        ["drill", d?.chart],
        ["bucket", d?.bucket],
        ["actor", d?.chart === "statements" ? d.actor : null]
      ])}`
    }
    case "overlay": {
      const s = route.state
      return `/overlay${query([
        ["actor", s.actor],
        ["q", s.q],
        ["country", s.country],
        ["place", s.place],
        ["interval", s.interval === OVERLAY_INTERVAL ? null : s.interval],
        ["from", s.from],
        ["to", s.to],
        ["bucket", s.bucket]
      ])}`
    }
    case "map": {
      const s = route.state
      return `/map${query([["country", s.country], ["perpetrator", s.perpetrator], ["from", s.from], ["to", s.to]])}`
    }
    case "statements": {
      const f = route.filters
      return `/statements${query([["actor", f.actors.join(",")], ["kind", f.kind], ["q", f.q], ["from", f.from], ["to", f.to]])}`
    }
    case "articles": {
      const f = route.filters
      return `/articles${query([["q", f.q], ["from", f.from], ["to", f.to]])}`
    }
    case "article":
      return `/articles/${encodeId(route.id)}${route.focus === null ? "" : `#${route.focus.kind}=${encodeId(route.focus.id)}`}`
    case "actors":
      return `/actors${query([["kind", route.filters.kind], ["q", route.filters.q]])}`
    case "incidents": {
      const f = route.filters
      return `/incidents${query([["country", f.country], ["place", f.place], ["perpetrator", f.perpetrator], ["from", f.from], ["to", f.to]])}`
    }
    case "incident":
      return `/incidents/${encodeId(route.id)}`
    case "actor":
      return `/actors/${encodeId(route.id)}${query([["interval", route.interval === ACTOR_INTERVAL ? null : route.interval]])}`
    case "not-found":
      return route.path
  }
}
