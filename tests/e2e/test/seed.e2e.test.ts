/**
 * End to end on the seed article, as a new user runs it: the ingest CLI into a fresh SQLite file, the API
 * and the built dashboard served on free ports, headless Chromium checking the chart and the Truth Social quote.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startApp, type AppUnderTest } from "../src/AppUnderTest.ts"
import { binOf, repoRoot, run } from "../src/Processes.ts"

const TRUTH_SOCIAL_QUOTE = "I am not happy with Russian strikes on KYIV."
const screenshots = join(repoRoot, "test-results", "screenshots")

describe("the seed article, from file to chart", () => {
  let work: string
  let db: string
  let app: AppUnderTest
  let browser: Browser
  let apiUrl: string
  let dashboardUrl: string

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "wirewatch-e2e-"))
    mkdirSync(screenshots, { recursive: true })
    app = await startApp(work, "samples/seed")
    ;({ db, apiUrl, dashboardUrl, browser } = app)
  })

  afterAll(async () => {
    await app?.stop()
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
    await page.locator(".recharts-surface").nth(1).waitFor({ timeout: 30_000 })  // the two charts load their series separately
    expect(await page.locator(".recharts-surface").count()).toBeGreaterThanOrEqual(2)
    await page.screenshot({ path: join(screenshots, "seed-overview.png"), fullPage: true })
    await page.goto(`${dashboardUrl}/#/statements`)
    await page.getByText(TRUTH_SOCIAL_QUOTE, { exact: false }).first().waitFor({ timeout: 30_000 })
    await page.screenshot({ path: join(screenshots, "seed-statements.png"), fullPage: true })
    expect(errors).toEqual([])
    await page.close()
  })
})
