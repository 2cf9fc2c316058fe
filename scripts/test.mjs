#!/usr/bin/env node
// Runs every package's tests through turbo, each vitest also writing a JSON report, then prints one
// closing line for the whole run: "Tests: N passed, N failed, N skipped".
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..")
// The workspace packages, read from pnpm-workspace.yaml: "dir/*" globs and plain "dir" entries.
const workspaceEntries = [...readFileSync(join(root, "pnpm-workspace.yaml"), "utf8").split(/\ncatalog:/)[0].matchAll(/^\s+-\s+"?([^"\n]+)"?\s*$/gm)].map((m) => m[1])
const workspaces = workspaceEntries.flatMap((entry) => {
  if (!entry.endsWith("/*")) return [join(root, entry)]
  const full = join(root, entry.slice(0, -2))
  return existsSync(full) ? readdirSync(full).map((n) => join(full, n)) : []
})
const reportOf = (ws) => join(ws, "test-results", "vitest.json")
for (const ws of workspaces) rmSync(reportOf(ws), { force: true })

const turbo = spawnSync(
  join(root, "node_modules", ".bin", "turbo"),
  ["run", "test", "--concurrency=1", "--continue", "--", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json", ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" } }
)

let passed = 0
let failed = 0
let skipped = 0
const missing = []
for (const ws of workspaces) {
  if (!existsSync(join(ws, "package.json"))) continue
  const pkg = JSON.parse(readFileSync(join(ws, "package.json"), "utf8"))
  if (!pkg.scripts?.test) continue
  if (!existsSync(reportOf(ws))) {
    missing.push(pkg.name)
    continue
  }
  const report = JSON.parse(readFileSync(reportOf(ws), "utf8"))
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests + report.numTodoTests
  // A suite that failed to load, or a package with no tests, fails without failing a single test.
  if (report.success === false && report.numFailedTests === 0) {
    failed += Math.max(1, report.numFailedTestSuites)
    console.log(`${pkg.name}: test run failed without a failing test (a suite did not load, or no tests were found)`)
  }
}
if (missing.length > 0) console.log(`No test report from: ${missing.join(", ")}`)
console.log(`\nTests: ${passed} passed, ${failed + missing.length} failed, ${skipped} skipped`)
process.exit(turbo.status === 0 && failed === 0 && missing.length === 0 ? 0 : 1)
