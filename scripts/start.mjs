#!/usr/bin/env node
// Starts Wirewatch on sample data: generates synthetic articles, ingests them with the seed article,
// builds the dashboard, then serves the API and the dashboard until Ctrl-C.
import { spawn, spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const bin = (name, dir = ".") => join(root, dir, "node_modules", ".bin", name)
const env = { ...process.env }
env.WIREWATCH_DB ??= join(root, "data", "wirewatch.db")
const apiPort = env.PORT ?? "8787"
const dashboardPort = env.DASHBOARD_PORT ?? "5173"
const host = env.HOST ?? "127.0.0.1"
const sampleDir = join(root, "data", "sample")
const sampleArticles = env.WIREWATCH_SAMPLE_ARTICLES ?? "400"

const step = (title, cmd, args, options = {}) => {
  console.log(`\n▸ ${title}`)
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit", ...options })
  if (r.status !== 0 && !options.allowFailure) {
    console.error(`✗ ${title} failed (exit ${r.status ?? r.signal})`)
    process.exit(1)
  }
}

if (!existsSync(sampleDir)) {
  step(`Generating ${sampleArticles} synthetic articles into data/sample`, process.execPath, [
    "--import", "tsx", "apps/ingest/src/bin/gen.ts", "--articles", sampleArticles, "--seed", "1", "--out", sampleDir
  ])
}
step("Ingesting the seed article and the synthetic sample", process.execPath, [
  "--import", "tsx", "apps/ingest/src/bin/ingest.ts", "--quiet", join(root, "samples", "seed"), sampleDir
])
step("Building the dashboard", bin("vite", "apps/dashboard"), ["build", "--logLevel", "warn"], { cwd: join(root, "apps", "dashboard") })

const children = []
const serve = (name, cmd, args, options) => {
  const child = spawn(cmd, args, { env, stdio: ["ignore", "inherit", "inherit"], ...options })
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`✗ ${name} stopped (${signal ?? `exit ${code}`}); shutting down`)
      stop(1)
    }
  })
  children.push(child)
}
let stopping = false
const stop = (code = 0) => {
  stopping = true
  for (const c of children) c.kill("SIGTERM")
  setTimeout(() => process.exit(code), 500).unref()
}
process.on("SIGINT", () => stop(0))
process.on("SIGTERM", () => stop(0))

serve("API", process.execPath, ["--import", "tsx", join(root, "apps", "api", "src", "main.ts")], {
  cwd: root,
  env: { ...env, PORT: apiPort, HOST: host }
})
serve("dashboard", bin("vite", "apps/dashboard"), ["preview", "--host", host, "--port", dashboardPort, "--strictPort"], {
  cwd: join(root, "apps", "dashboard"),
  env: { ...env, WIREWATCH_API_URL: `http://${host}:${apiPort}` }
})
setTimeout(() => {
  console.log(`\nWirewatch is running.\n  Dashboard: http://${host}:${dashboardPort}/\n  API:       http://${host}:${apiPort}/health\nPress Ctrl-C to stop.`)
}, 1500)
