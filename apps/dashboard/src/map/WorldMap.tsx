/** A world map drawn as SVG from the Natural Earth TopoJSON that ships in `world-atlas` (no tiles, no network), with places marked on it. */
import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from "d3-geo"
import { useMemo } from "react"
import { feature } from "topojson-client"
import countries110m from "world-atlas/countries-110m.json" with { type: "json" }
import { Link } from "../components/Link.tsx"
import type { Route } from "../state/urlState.ts"

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

type Topology = Parameters<typeof feature>[0]
type TopoObject = Parameters<typeof feature>[1]
const topology = countries110m as unknown as Topology
const land = feature(topology, topology.objects["countries"] as TopoObject) as unknown as {
  readonly features: ReadonlyArray<{ readonly id?: string | number; readonly properties: unknown } & GeoPermissibleObjects>
}

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

export default function WorldMap({ points, label, margin = 4, height = HEIGHT }: { readonly points: ReadonlyArray<MapPoint>; readonly label: string; readonly margin?: number; readonly height?: number }) {
  const { countries, placed } = useMemo(() => {
    const projection = geoEqualEarth().fitExtent(
      [
        [12, 12],
        [WIDTH - 12, height - 12]
      ],
      frameOf(points, margin)
    )
    const path = geoPath(projection)
    return {
      countries: land.features.map((f, i) => ({ key: String(f.id ?? i), d: path(f) ?? "", name: String((f.properties as { name?: unknown } | null)?.name ?? "") })),
      placed: points.flatMap((p) => {
        const xy = projection([p.lon, p.lat])
        return xy === null ? [] : [{ ...p, x: xy[0], y: xy[1] }]
      })
    }
  }, [points, margin, height])
  return (
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
        {placed.map((p) =>
          p.caption === undefined ? null : (
            <text key={p.key} x={p.x + p.radius + 3} y={p.y + 4}>
              {p.caption}
            </text>
          )
        )}
      </g>
    </svg>
  )
}
