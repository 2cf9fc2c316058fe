/**
 * The dashboard's code may take only types from the domain and Effect, and values only from `@wirewatch/domain/plain`
 * (plain code, kept free of Effect by the domain's own test): one other value import would put the schema runtime
 * (~50 KB gzipped) back in the bundle.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "vitest"

const src = path.join(import.meta.dirname, "..", "src")
const sources = fs
  .readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
  .map((e) => path.join(e.parentPath, e.name))

/** Import and export-from statements naming `effect` (or a subpath) or `@wirewatch/domain`, other than `import type` / `export type` and the plain subpath. */
const valueImports = (code: string): Array<string> =>
  [...code.matchAll(/(?:^|\n)\s*(import|export)\b([^;]*?)\bfrom\s*["']((?:effect|@wirewatch\/domain)(?:\/[^"']*)?)["']/g)]
    .filter((m) => !/^\s*type\b/.test(m[2]!) && m[3] !== "@wirewatch/domain/plain")
    .map((m) => `${m[1]}${m[2]!.replace(/\s+/g, " ")}from "${m[3]}"`)

describe("bundle boundaries", () => {
  it("finds the dashboard's sources", () => {
    expect(sources.length).toBeGreaterThan(30)
  })

  it("imports only types from effect and @wirewatch/domain, values only from @wirewatch/domain/plain", () => {
    const found = sources.flatMap((file) => valueImports(fs.readFileSync(file, "utf8")).map((i) => `${path.relative(src, file)}: ${i}`))
    expect(found).toEqual([])
  })

  it("would notice a value import", () => {
    expect(valueImports(`import { Schema } from "effect"\nimport type { IsoDate } from "@wirewatch/domain"`)).toEqual([`import { Schema } from "effect"`])
    expect(valueImports(`import {\n  addDays,\n  type IsoDate\n} from "@wirewatch/domain"`)).toHaveLength(1)
    expect(valueImports(`import type {\n  IsoDate\n} from "@wirewatch/domain"\nexport { Option } from "effect/Option"`)).toEqual([`export { Option } from "effect/Option"`])
    expect(valueImports(`import { addDays } from "@wirewatch/domain/plain"\nimport { Schema } from "@wirewatch/domain/schemas"`)).toEqual([
      `import { Schema } from "@wirewatch/domain/schemas"`
    ])
  })
})
