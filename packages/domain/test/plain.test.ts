/** `@wirewatch/domain/plain` stays plain code: no module it loads imports a value from effect (types are erased). */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "vitest"
import { ActorKind, Interval, StatementKind } from "../src/index.ts"
import * as plain from "../src/plain.ts"

const src = path.join(import.meta.dirname, "..", "src")

/** The relative modules `file` loads at run time, and the packages it takes values from. */
const runtimeImports = (file: string): { readonly local: Array<string>; readonly packages: Array<string> } => {
  const code = fs.readFileSync(file, "utf8")
  const specifiers = [...code.matchAll(/(?:^|\n)\s*(?:import|export)\b([^;]*?)\bfrom\s*["']([^"']+)["']/g)]
    .filter((m) => !/^\s*type\b/.test(m[1]!))
    .map((m) => m[2]!)
  return {
    local: specifiers.filter((s) => s.startsWith(".")).map((s) => path.resolve(path.dirname(file), s)),
    packages: specifiers.filter((s) => !s.startsWith("."))
  }
}

/** Every package the module graph of `entry` takes values from, with the module that does. */
const packagesLoadedBy = (entry: string): Array<string> => {
  const seen = new Set<string>()
  const found: Array<string> = []
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const { local, packages } = runtimeImports(file)
    for (const p of packages) found.push(`${path.relative(src, file)}: ${p}`)
    local.forEach(visit)
  }
  visit(entry)
  return found
}

describe("@wirewatch/domain/plain", () => {
  it("loads no package at run time, effect included", () => {
    expect(packagesLoadedBy(path.join(src, "plain.ts"))).toEqual([])
  })

  it("would notice a value import from effect two modules down", () => {
    expect(packagesLoadedBy(path.join(src, "IsoDate.ts"))).toContain("IsoDate.ts: effect")
    expect(packagesLoadedBy(path.join(src, "Query.ts")).length).toBeGreaterThan(1)
  })

  it("holds the literals the schemas are built from", () => {
    expect([...plain.INTERVALS]).toEqual([...Interval.literals])
    expect([...plain.STATEMENT_KINDS]).toEqual([...StatementKind.literals])
    expect([...plain.ACTOR_KINDS]).toEqual([...ActorKind.literals])
    for (const c of ["day", "year", "direct", "quoted", "state", "anonymous", "", null, 3]) {
      expect([c, plain.isInterval(c), plain.isStatementKind(c), plain.isActorKind(c)]).toEqual([
        c,
        (plain.INTERVALS as ReadonlyArray<unknown>).includes(c),
        (plain.STATEMENT_KINDS as ReadonlyArray<unknown>).includes(c),
        (plain.ACTOR_KINDS as ReadonlyArray<unknown>).includes(c)
      ])
    }
  })

  it("refuses what is not a string as a day", () => {
    for (const u of [20250424, null, undefined, new Date("2025-04-24"), ["2025-04-24"]]) expect(plain.isIsoDate(u)).toBe(false)
    expect(plain.isIsoDate("2025-04-24")).toBe(true)
  })
})
