/** The whole app as a user runs it, for browser tests: ingest a folder into a fresh database, build the dashboard, serve both. */
import { join } from "node:path"
import { chromium, type Browser } from "playwright-core"
import { expect } from "vitest"
import { CHROMIUM } from "./ensureChromium.ts"
import { binOf, freePort, repoRoot, run, startServer, waitForHttp } from "./Processes.ts"

export interface AppUnderTest {
  readonly db: string
  readonly apiUrl: string
  readonly dashboardUrl: string
  readonly browser: Browser
  /** Closes the browser and stops both servers. */
  readonly stop: () => Promise<void>
}

/** Ingests `articles` (a file or folder) into `work/wirewatch.db`, then serves the API and a production build of the dashboard. */
export const startApp = async (work: string, articles: string): Promise<AppUnderTest> => {
  const db = join(work, "wirewatch.db")
  const dist = join(work, "dist")
  const dashboardDir = join(repoRoot, "apps", "dashboard")
  const build = await run(binOf("vite", "apps/dashboard"), ["build", "--outDir", dist, "--emptyOutDir", "--logLevel", "warn"], { cwd: dashboardDir })
  expect(build.code, build.stderr).toBe(0)
  const ingest = await run(binOf("tsx"), ["apps/ingest/src/bin/ingest.ts", articles], { env: { WIREWATCH_DB: db } })
  expect(ingest.code, ingest.stdout + ingest.stderr).toBe(0)
  const [apiPort, dashboardPort] = [await freePort(), await freePort()]
  const apiUrl = `http://127.0.0.1:${apiPort}`
  const dashboardUrl = `http://127.0.0.1:${dashboardPort}`
  const api = startServer(binOf("tsx"), ["apps/api/src/main.ts"], { env: { WIREWATCH_DB: db, PORT: String(apiPort), HOST: "127.0.0.1" } })
  const dashboard = startServer(
    binOf("vite", "apps/dashboard"),
    ["preview", "--outDir", dist, "--host", "127.0.0.1", "--port", String(dashboardPort), "--strictPort"],
    { cwd: dashboardDir, env: { WIREWATCH_API_URL: apiUrl } }
  )
  await waitForHttp(`${apiUrl}/health`, api)
  await waitForHttp(`${dashboardUrl}/`, dashboard)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
  })
  return {
    db,
    apiUrl,
    dashboardUrl,
    browser,
    stop: async () => {
      await browser.close()
      await api.stop()
      await dashboard.stop()
    }
  }
}
