/**
 * The dashboard's weight on the wire: a production `vite build` into a temporary folder, its JavaScript gzipped, and
 * beside it the data it fetches as static files (the world map's TopoJSON), which the JavaScript target does not cover.
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { gzipSync } from "node:zlib"
import { repoRoot } from "./BenchCorpus.ts"
import { figure, type Section } from "./Measurement.ts"
import { atMost } from "./Verdict.ts"

export const DASHBOARD_TARGET_GZIP_KB = 250

export interface AssetSizes {
  readonly files: number
  readonly rawBytes: number
  readonly gzipBytes: number
}

/** One chunk of vite's build manifest: its file and the chunks it imports statically. */
export interface ManifestChunk {
  readonly file: string
  readonly isEntry?: boolean
  readonly imports?: ReadonlyArray<string>
}

/** The JavaScript files the first page loads: the entry chunks and every chunk they import statically, transitively. */
export const initialFiles = (manifest: Readonly<Record<string, ManifestChunk>>): Array<string> => {
  const seen = new Set<string>()
  const queue = Object.keys(manifest).filter((k) => manifest[k]!.isEntry === true)
  while (queue.length > 0) {
    const key = queue.pop()!
    if (seen.has(key) || manifest[key] === undefined) continue
    seen.add(key)
    queue.push(...(manifest[key]!.imports ?? []))
  }
  return [...seen].map((k) => manifest[k]!.file).filter((f) => f.endsWith(".js")).sort()
}

const gzipSize = (file: string): number => gzipSync(fs.readFileSync(file), { level: 9 }).byteLength

/** Every file under `dir` whose name ends with `ext`, with its raw and gzipped (level 9) size summed. */
export const assetSizes = (dir: string, ext: string): AssetSizes => {
  let files = 0
  let rawBytes = 0
  let gzipBytes = 0
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(ext)) continue
    const content = fs.readFileSync(path.join(entry.parentPath, entry.name))
    files++
    rawBytes += content.byteLength
    gzipBytes += gzipSync(content, { level: 9 }).byteLength
  }
  return { files, rawBytes, gzipBytes }
}

export const measureDashboard = (): Section => {
  const dashboard = path.join(repoRoot, "apps", "dashboard")
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "wirewatch-dashboard-"))
  try {
    const started = performance.now()
    const build = spawnSync(path.join(dashboard, "node_modules", ".bin", "vite"), ["build", "--outDir", outDir, "--emptyOutDir", "--manifest", "--logLevel", "warn"], {
      cwd: dashboard,
      encoding: "utf8"
    })
    const seconds = (performance.now() - started) / 1000
    if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status ?? build.signal}): ${build.stderr}`)
    const js = assetSizes(outDir, ".js")
    const css = assetSizes(outDir, ".css")
    // data files vite emits among the assets (the map's country outlines); the manifest lives in .vite/, not here
    const data = assetSizes(path.join(outDir, "assets"), ".json")
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, ".vite", "manifest.json"), "utf8")) as Record<string, ManifestChunk>
    const initial = initialFiles(manifest)
    const initialGzip = initial.reduce((sum, f) => sum + gzipSize(path.join(outDir, f)), 0)
    const kb = (b: number) => b / 1024
    return {
      title: "Dashboard bundle (vite build, production)",
      figures: [
        figure(`JavaScript, ${js.files} file(s), raw`, kb(js.rawBytes), "KB", 1),
        figure("JavaScript, gzipped (all chunks)", kb(js.gzipBytes), "KB", 1),
        figure(`JavaScript the first page loads (${initial.length} chunk(s)), gzipped`, kb(initialGzip), "KB", 1),
        figure("CSS, gzipped", kb(css.gzipBytes), "KB", 1),
        figure("map geometry (data), gzipped", kb(data.gzipBytes), "KB", 1),
        figure("build time", seconds, "s", 1)
      ],
      verdicts: [atMost("dashboard JavaScript ≤ 250 KB gzipped (all chunks)", kb(js.gzipBytes), DASHBOARD_TARGET_GZIP_KB, "KB", 1)],
      notes: [
        "gzip level 9 with node:zlib, each file on its own; KB = 1,024 bytes; the target is checked on every chunk together, lazily loaded ones included",
        "the map's geometry (world-atlas countries-110m TopoJSON) is a static JSON asset fetched by the map and incident pages, counted on its own line, not in the JavaScript"
      ]
    }
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true })
  }
}
