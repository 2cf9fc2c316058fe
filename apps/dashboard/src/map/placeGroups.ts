/** Incidents grouped by the place they happened at (same coordinates), most incidents first, for the map's markers. */
import type { Incident } from "@wirewatch/domain"

export interface PlaceGroup {
  readonly key: string
  readonly name: string
  readonly country: string | null
  readonly lat: number
  readonly lon: number
  readonly incidents: ReadonlyArray<Incident>
  readonly killed: number
  readonly injured: number
}

/** Incidents without coordinates are left out; the toll sums the incidents' reported figures. */
export const placeGroups = (incidents: ReadonlyArray<Incident>): ReadonlyArray<PlaceGroup> => {
  const groups = new Map<string, { name: string; country: string | null; lat: number; lon: number; incidents: Array<Incident> }>()
  for (const i of incidents) {
    const { lat, lon } = i.place
    if (lat === null || lon === null) continue
    const key = `${lat.toFixed(3)},${lon.toFixed(3)}`
    const group = groups.get(key) ?? { name: i.place.name, country: i.place.country, lat, lon, incidents: [] }
    group.incidents.push(i)
    groups.set(key, group)
  }
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      ...g,
      killed: g.incidents.reduce((n, i) => n + (i.killed ?? 0), 0),
      injured: g.incidents.reduce((n, i) => n + (i.injured ?? 0), 0)
    }))
    .sort((a, b) => b.incidents.length - a.incidents.length || a.name.localeCompare(b.name))
}
