/** A world map drawn as SVG from the Natural Earth TopoJSON that ships in `world-atlas` (no tiles), with places marked on it. */
import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from "d3-geo"
import { useEffect, useMemo, useRef } from "react"
import { useRemote } from "../api/useRemote.ts"
import { Link } from "../components/Link.tsx"
import { ErrorMessage } from "../components/RemoteStatus.tsx"
import type { Route } from "../state/urlState.ts"
import { loadCountries } from "./worldCountries.ts"

/** One marked place. */
export interface MapPoint {
  readonly key: string
  readonly lat: number
  readonly lon: number
  /** Marker radius in pixels. */
  readonly radius: number
  /** Spoken and shown on hover. */
  readonly label: string
  readonly to: Route
  /** Drawn darker: e.g. places where people were killed. */
  readonly severe: boolean
  /** A name written next to the marker (the caller labels only the main places, so labels do not pile up). */
  readonly caption?: string
}

const WIDTH = 960
const HEIGHT = 540

// the outlines start loading with the map's code, alongside the page's own requests, not after its first render
loadCountries().catch(() => undefined)

/** The area to frame: the points' bounding box widened by `margin` degrees, or the whole world when there are none. */
const frameOf = (points: ReadonlyArray<{ readonly lat: number; readonly lon: number }>, margin: number): GeoPermissibleObjects => {
  if (points.length === 0) return { type: "Sphere" }
  const lats = points.map((p) => p.lat)
  const lons = points.map((p) => p.lon)
  const south = Math.max(-85, Math.min(...lats) - margin)
  const north = Math.min(85, Math.max(...lats) + margin)
  const west = Math.max(-180, Math.min(...lons) - margin * 1.5)
  const east = Math.min(180, Math.max(...lons) + margin * 1.5)
  return {
    type: "MultiPoint",
    coordinates: [
      [west, south],
      [east, north],
      [west, north],
      [east, south]
    ]
  }
}

type Placed = MapPoint & { readonly x: number; readonly y: number }

const placePoints = (points: ReadonlyArray<MapPoint>, projection: (lonLat: [number, number]) => [number, number] | null): ReadonlyArray<Placed> =>
  points.flatMap((p) => {
    const xy = projection([p.lon, p.lat])
    return xy === null ? [] : [{ ...p, x: xy[0], y: xy[1] }]
  })

/** Captions right of their markers, in the callers' order, leaving out any that would overlap one already placed. */
const captionsThatFit = (points: ReadonlyArray<Placed>): ReadonlyArray<{ readonly key: string; readonly text: string; readonly x: number; readonly y: number }> => {
  const boxes: Array<{ x0: number; x1: number; y0: number; y1: number }> = []
  const out: Array<{ key: string; text: string; x: number; y: number }> = []
  for (const p of points) {
    if (p.caption === undefined) continue
    // about 7.5 px per character at 13 px bold
    const box = { x0: p.x + p.radius + 3, x1: p.x + p.radius + 3 + p.caption.length * 7.5, y0: p.y - 9, y1: p.y + 6 }
    if (boxes.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1)) continue
    boxes.push(box)
    out.push({ key: p.key, text: p.caption, x: box.x0, y: p.y + 4 })
  }
  return out
}

export default function WorldMap({ points, label, margin = 4, height = HEIGHT }: { readonly points: ReadonlyArray<MapPoint>; readonly label: string; readonly margin?: number; readonly height?: number }) {
  const outlines = useRemote("world-countries", () => loadCountries())
  const projection = useMemo(
    () =>
      geoEqualEarth().fitExtent(
        [
          [12, 12],
          [WIDTH - 12, height - 12]
        ],
        frameOf(points, margin)
      ),
    [points, margin, height]
  )
  const { placed, captions } = useMemo(() => {
    const placed = placePoints(points, projection)
    return { placed, captions: captionsThatFit(placed) }
  }, [points, projection])
  // markers need only the projection, so they show at once; the land is drawn when its outlines arrive
  const countries = useMemo(() => {
    if (outlines.status !== "success") return []
    const path = geoPath(projection)
    return outlines.value.map((f, i) => ({ key: String(f.id ?? i), d: path(f) ?? "", name: String((f.properties as { name?: unknown } | null)?.name ?? "") }))
  }, [outlines, projection])
  const frame = useRef<HTMLDivElement>(null)
  const first = placed[0]
  useEffect(() => {
    // when the frame scrolls (phone width), start with the main marker in view rather than the map's left edge
    const el = frame.current
    if (el === null || first === undefined || el.scrollWidth <= el.clientWidth) return
    el.scrollLeft = (first.x / WIDTH) * el.scrollWidth - el.clientWidth / 2
  }, [first])
  return (
    <>
      {outlines.status === "failure" ? <ErrorMessage error={outlines.error} what="the map's country outlines" retry={outlines.retry} /> : null}
      {/* on a phone the map keeps a readable size and scrolls sideways inside its frame */}
      <div className="world-map-frame" ref={frame}>
        <svg className="world-map" viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label={label} data-testid="world-map">
          <rect width={WIDTH} height={height} className="world-map-sea" />
          <g className="world-map-land" aria-hidden="true">
            {countries.map((c) => (
              <path key={c.key} d={c.d}>
                <title>{c.name}</title>
              </path>
            ))}
          </g>
          <g className="world-map-points">
            {[...placed]
              .sort((a, b) => b.radius - a.radius)
              .map((p) => (
                <Link key={p.key} to={p.to} aria-label={p.label} className="world-map-point" data-testid="map-point">
                  <circle cx={p.x} cy={p.y} r={p.radius} className={p.severe ? "severe" : undefined}>
                    <title>{p.label}</title>
                  </circle>
                </Link>
              ))}
          </g>
          <g className="world-map-captions" aria-hidden="true">
            {captions.map((c) => (
              <text key={c.key} x={c.x} y={c.y}>
                {c.text}
              </text>
            ))}
          </g>
        </svg>
      </div>
    </>
  )
}
