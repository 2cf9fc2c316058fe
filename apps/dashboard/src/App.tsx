/** The dashboard shell: header navigation, the page the URL names, and a footer. */
import { lazy, Suspense, useEffect, useRef } from "react"
import { Link } from "./components/Link.tsx"
import { Overview } from "./pages/Overview.tsx"
import { Loading } from "./components/RemoteStatus.tsx"
import { useRoute } from "./state/navigation.ts"
import {
  emptyActorFilters,
  emptyArticleFilters,
  emptyIncidentFilters,
  emptyMap,
  emptyOverlay,
  emptyOverview,
  emptyStatementFilters,
  type Route
} from "./state/urlState.ts"

// Every page but the overview loads when first opened (the overlay, and the map with its world TopoJSON, are the big ones),
// keeping the first load small.
const Overlay = lazy(() => import("./pages/Overlay.tsx"))
const IncidentMap = lazy(() => import("./pages/IncidentMap.tsx"))
const Statements = lazy(() => import("./pages/Statements.tsx").then((m) => ({ default: m.Statements })))
const Articles = lazy(() => import("./pages/Articles.tsx").then((m) => ({ default: m.Articles })))
const ArticleView = lazy(() => import("./pages/ArticleView.tsx").then((m) => ({ default: m.ArticleView })))
const Actors = lazy(() => import("./pages/Actors.tsx").then((m) => ({ default: m.Actors })))
const ActorPage = lazy(() => import("./pages/ActorPage.tsx").then((m) => ({ default: m.ActorPage })))
const Incidents = lazy(() => import("./pages/Incidents.tsx").then((m) => ({ default: m.Incidents })))
const IncidentPage = lazy(() => import("./pages/IncidentPage.tsx").then((m) => ({ default: m.IncidentPage })))

type Section = "overview" | "overlay" | "statements" | "articles" | "actors" | "incidents" | "map"

const NAV: ReadonlyArray<{ readonly section: Section; readonly label: string; readonly to: Route }> = [
  { section: "overview", label: "Overview", to: { page: "overview", state: emptyOverview } },
  { section: "overlay", label: "Overlay", to: { page: "overlay", state: emptyOverlay } },
  { section: "statements", label: "Statements", to: { page: "statements", filters: emptyStatementFilters } },
  { section: "articles", label: "Articles", to: { page: "articles", filters: emptyArticleFilters } },
  { section: "actors", label: "Actors", to: { page: "actors", filters: emptyActorFilters } },
  { section: "incidents", label: "Incidents", to: { page: "incidents", filters: emptyIncidentFilters } },
  { section: "map", label: "Map", to: { page: "map", state: emptyMap } }
]

const sectionOf = (route: Route): Section | null => {
  switch (route.page) {
    case "article":
      return "articles"
    case "incident":
      return "incidents"
    case "actor":
      return "actors"
    case "not-found":
      return null
    default:
      return route.page
  }
}

const titleOf = (route: Route): string => {
  const label = NAV.find((n) => n.section === sectionOf(route))?.label
  if (route.page === "article") return "Article · Wirewatch"
  if (route.page === "incident") return "Incident · Wirewatch"
  if (route.page === "actor") return "Actor · Wirewatch"
  return label === undefined ? "Not found · Wirewatch" : `${label} · Wirewatch`
}

const Page = ({ route }: { readonly route: Route }) => (
  <Suspense fallback={<Loading what="the page" />}>
    <PageBody route={route} />
  </Suspense>
)

const PageBody = ({ route }: { readonly route: Route }) => {
  switch (route.page) {
    case "overview":
      return <Overview state={route.state} />
    case "overlay":
      return <Overlay state={route.state} />
    case "map":
      return <IncidentMap state={route.state} />
    case "statements":
      return <Statements filters={route.filters} />
    case "articles":
      return <Articles filters={route.filters} />
    case "article":
      return <ArticleView id={route.id} focus={route.focus} />
    case "actors":
      return <Actors filters={route.filters} />
    case "incidents":
      return <Incidents filters={route.filters} />
    case "incident":
      return <IncidentPage id={route.id} />
    case "actor":
      return <ActorPage id={route.id} interval={route.interval} />
    case "not-found":
      return (
        <>
          <h1>Page not found</h1>
          <p>
            Nothing lives at <code>{route.path}</code>. <Link to={NAV[0]!.to}>Go to the overview</Link>.
          </p>
        </>
      )
  }
}

/** Changes when the reader goes to another page (not when a filter of the same page changes). */
const pageKeyOf = (route: Route): string =>
  route.page === "article" || route.page === "incident" || route.page === "actor" ? `${route.page}:${route.id}` : route.page

export const App = () => {
  const route = useRoute()
  const section = sectionOf(route)
  const title = titleOf(route)
  const pageKey = pageKeyOf(route)
  const main = useRef<HTMLElement>(null)
  const firstPage = useRef(true)
  useEffect(() => {
    document.title = title
  }, [title])
  useEffect(() => {
    // a new page starts at its top, and screen readers hear it: focus moves to the main region
    if (firstPage.current) {
      firstPage.current = false
      return
    }
    window.scrollTo(0, 0)
    main.current?.focus({ preventScroll: true })
  }, [pageKey])
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to={NAV[0]!.to} className="brand" aria-label="Wirewatch home">
            <span className="brand-mark" aria-hidden="true">
              ◉
            </span>{" "}
            Wirewatch
          </Link>
          <nav aria-label="Main">
            <ul className="nav">
              {NAV.map((n) => (
                <li key={n.section}>
                  <Link to={n.to} aria-current={section === n.section ? "page" : undefined}>
                    {n.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1} ref={main}>
        <Page route={route} />
      </main>
      <footer className="site-footer">
        <p>Wirewatch: statements and attacks extracted from news text, each linked to the words that support it.</p>
      </footer>
    </>
  )
}
