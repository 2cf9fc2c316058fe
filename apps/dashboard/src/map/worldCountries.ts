/**
 * The world's country outlines (Natural Earth 1:110m TopoJSON from `world-atlas`), fetched as a static asset: the
 * geometry is data, ~36 KB gzipped, and stays out of the JavaScript (the bench counts it on its own line).
 */
import type { GeoPermissibleObjects } from "d3-geo"
import { feature } from "topojson-client"
import countriesUrl from "world-atlas/countries-110m.json?url"

export type Country = { readonly id?: string | number; readonly properties: unknown } & GeoPermissibleObjects

type Topology = Parameters<typeof feature>[0]
type TopoObject = Parameters<typeof feature>[1]

let loading: Promise<ReadonlyArray<Country>> | null = null

const fetchCountries = async (): Promise<ReadonlyArray<Country>> => {
  const response = await fetch(countriesUrl)
  if (!response.ok) throw new Error(`the world map's outlines did not load (HTTP ${response.status})`)
  const topology = (await response.json()) as Topology & { readonly objects?: Readonly<Record<string, unknown>> }
  const countries = topology.objects?.["countries"]
  if (countries === undefined) throw new Error("the world map's outlines have no countries")
  return (feature(topology, countries as TopoObject) as unknown as { readonly features: ReadonlyArray<Country> }).features
}

/** The country outlines, fetched once per page load; a failed fetch is tried again on the next call. */
export const loadCountries = (): Promise<ReadonlyArray<Country>> => {
  loading ??= fetchCountries().catch((e: unknown) => {
    loading = null
    throw e
  })
  return loading
}
