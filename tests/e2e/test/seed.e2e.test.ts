/**
 * End to end on the seed article, as a new user runs it: the ingest CLI into a fresh SQLite file, the API
 * and the built dashboard served on free ports, headless Chromium checking the chart and the Truth Social quote.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { chromium, type Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { CHROMIUM } from "../src/ensureChromium.ts"
import { binOf, freePort, repoRoot, run, startServer, waitForHttp, type Server } from "../src/Processes.ts"

const TRUTH_SOCIAL_QUOTE = "I am not happy with Russian strikes on KYIV."
const screenshots = join(repoRoot, "test-results", "screenshots")

describe("the seed article, from file to chart", () => {
  let work: string
  let db: string
  let api: Server
  let dashboard: Server
  let browser: Browser
  let apiUrl: string
  let dashboardUrl: string

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "wirewatch-e2e-"))
    db = join(work, "wirewatch.db")
    mkdirSync(screenshots, { recursive: true })
    const build = await run(binOf("vite", "apps/dashboard"), ["build", "--outDir", join(work, "dist"), "--emptyOutDir", "--logLevel", "warn"], {
      cwd: join(repoRoot, "apps", "dashboard")
    })
    expect(build.code, build.stderr).toBe(0)
    const [apiPort, dashboardPort] = [await freePort(), await freePort()]
    apiUrl = `http://127.0.0.1:${apiPort}`
    dashboardUrl = `http://127.0.0.1:${dashboardPort}`
    const ingest = await run(binOf("tsx"), ["apps/ingest/src/bin/ingest.ts", "samples/seed"], { env: { WIREWATCH_DB: db } })
    expect(ingest.code, ingest.stdout + ingest.stderr).toBe(0)
    api = startServer(binOf("tsx"), ["apps/api/src/main.ts"], { env: { WIREWATCH_DB: db, PORT: String(apiPort), HOST: "127.0.0.1" } })
    dashboard = startServer(
      binOf("vite", "apps/dashboard"),
      ["preview", "--outDir", join(work, "dist"), "--host", "127.0.0.1", "--port", String(dashboardPort), "--strictPort"],
      { cwd: join(repoRoot, "apps", "dashboard"), env: { WIREWATCH_API_URL: apiUrl } }
    )
    await waitForHttp(`${apiUrl}/health`, api)
    await waitForHttp(`${dashboardUrl}/`, dashboard)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
    })
  })

  afterAll(async () => {
    await browser?.close()
    await api?.stop()
    await dashboard?.stop()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it("ingests the seed only once: a second run adds nothing", async () => {
    const again = await run(binOf("tsx"), ["apps/ingest/src/bin/ingest.ts", "samples/seed"], { env: { WIREWATCH_DB: db } })
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/unchanged/)
    const articles = (await (await fetch(`${apiUrl}/articles`)).json()) as { items: Array<{ id: string }> }
    expect(articles.items).toHaveLength(1)
  })

  it("serves Trump's Truth Social quote and the overnight strike on Kyiv through the API", async () => {
    const statements = (await (await fetch(`${apiUrl}/statements?q=${encodeURIComponent("not happy")}`)).json()) as {
      items: Array<{ text: string; speakerName: string | null; cue: string | null }>
    }
    const quote = statements.items.find((s) => s.text.startsWith(TRUTH_SOCIAL_QUOTE))
    expect(quote?.speakerName).toBe("Donald Trump")
    const incidents = (await (await fetch(`${apiUrl}/incidents?country=Ukraine`)).json()) as {
      items: Array<{ place: { name: string }; date: string | null; perpetrator: string | null }>
    }
    expect(incidents.items.map((i) => [i.place.name, i.date, i.perpetrator])).toEqual([["Kyiv", "2025-04-24", "Russia"]])
  })

  it("draws the charts and shows the quote in the browser", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on("pageerror", (e) => errors.push(e.message))
    await page.goto(dashboardUrl)
    await page.locator(".recharts-surface").first().waitFor({ timeout: 30_000 })
    expect(await page.locator(".recharts-surface").count()).toBeGreaterThanOrEqual(2)
    await page.screenshot({ path: join(screenshots, "seed-overview.png"), fullPage: true })
    await page.goto(`${dashboardUrl}/#/statements`)
    await page.getByText(TRUTH_SOCIAL_QUOTE, { exact: false }).first().waitFor({ timeout: 30_000 })
    await page.screenshot({ path: join(screenshots, "seed-statements.png"), fullPage: true })
    expect(errors).toEqual([])
    await page.close()
  })
})
