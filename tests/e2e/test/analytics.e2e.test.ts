/**
 * End to end on the dev corpus (read in place from ../shared/corpus/dev): one ingest into a fresh SQLite file, the
 * API and the built dashboard on free ports, one headless Chromium. It picks an actor, changes the interval, clicks
 * a point and reads the evidence sentence, opens the overlay, the map, an actor and an incident, saves screenshots
 * to test-results/screenshots/ and runs axe-core on the main pages.
 * UPDATE_DOCS_SCREENSHOTS=1 also writes the README's screenshots to docs/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startApp, type AppUnderTest } from "../src/AppUnderTest.ts"
import { repoRoot } from "../src/Processes.ts"

const corpus = join(repoRoot, "..", "shared", "corpus", "dev")
const hasCorpus = existsSync(corpus)
const inCi = process.env["CI"] === "true"
const screenshots = join(repoRoot, "test-results", "screenshots")
const docsScreenshots = process.env["UPDATE_DOCS_SCREENSHOTS"] === "1" ? join(repoRoot, "docs", "screenshots") : null
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")

// The statement and attack a reader of the dev corpus looks for first: Trump on peace in April 2025, strikes on Kyiv.
const ACTOR = "person:donald-trump"
const ACTOR_NAME = "Donald Trump"
const OTHER_ACTOR = "person:joe-biden"
// quoted across 2025, so the actor page's timeline has several points
const TIMELINE_ACTOR = "person:volodymyr-zelensky"
const TIMELINE_ACTOR_NAME = "Volodymyr Zelensky"

if (!hasCorpus) {
  if (inCi) throw new Error(`the dev corpus is missing at ${corpus}; CI must run the analytics end-to-end test`)
  console.warn(`[e2e] SKIPPED analytics.e2e: no dev corpus at ${corpus}`)
}

interface AxeViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly nodes: ReadonlyArray<{ readonly target: ReadonlyArray<string> }>
}

/** Runs axe-core in the page and returns its serious and critical violations, described one per line. */
const seriousViolations = async (page: Page): Promise<ReadonlyArray<string>> => {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<AxeViolation> }> } }).axe
    const result = await axe.run(document, { resultTypes: ["violations"] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))
  })
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")})`)
}

describe.skipIf(!hasCorpus)("analytics on the dev corpus", () => {
  let work: string
  let app: AppUnderTest
  let browser: Browser
  let apiUrl: string
  let dashboardUrl: string
  const pageErrors: Array<string> = []

  const shoot = async (page: Page, name: string, docsName?: string) => {
    await page.screenshot({ path: join(screenshots, `analytics-${name}.png`), fullPage: true })
    if (docsScreenshots !== null && docsName !== undefined) await page.screenshot({ path: join(docsScreenshots, `${docsName}.png`), fullPage: false })
  }

  const openPage = async (width = 1280, height = 900): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height } })
    page.on("pageerror", (e) => pageErrors.push(e.message))
    return page
  }

  const api_ = async <T,>(path: string): Promise<T> => (await (await fetch(`${apiUrl}${path}`)).json()) as T

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "wirewatch-analytics-"))
    mkdirSync(screenshots, { recursive: true })
    if (docsScreenshots !== null) mkdirSync(docsScreenshots, { recursive: true })
    app = await startApp(work, corpus)
    ;({ apiUrl, dashboardUrl, browser } = app)
  })

  afterAll(async () => {
    await app?.stop()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it("answers the example question through the API: Trump on peace in April 2025, strikes on Kyiv in the same weeks", async () => {
    const said = await api_<{ series: Array<{ actorId: string; points: Array<{ bucket: string; count: number }> }> }>(
      `/timeseries/statements?actor=${ACTOR}&q=peace&interval=week&from=2025-04-01&to=2025-04-30`
    )
    const trump = said.series.find((s) => s.actorId === ACTOR)
    expect(trump?.points.reduce((n, p) => n + p.count, 0)).toBeGreaterThan(0)
    const strikes = await api_<{ points: Array<{ reports: number }> }>(`/timeseries/incidents?place=Kyiv&interval=week&from=2025-04-01&to=2025-04-30`)
    expect(strikes.points.reduce((n, p) => n + p.reports, 0)).toBeGreaterThan(0)
    const summary = await api_<{ actor: { name: string }; statementCount: number; topCues: Array<unknown> }>(`/actors/${ACTOR}/summary`)
    expect(summary.actor.name).toBe(ACTOR_NAME)
    expect(summary.topCues.length).toBeGreaterThan(0)
  })

  it("overview: pick an actor, change the interval, click a point and read the evidence sentence", async () => {
    const page = await openPage()
    // the overview as a reader first sees it: the most quoted actors, by month
    await page.goto(dashboardUrl)
    await page.getByTestId("attack-chart").locator(".recharts-surface").waitFor({ timeout: 30_000 })
    await page.getByTestId("statement-chart").locator(".recharts-surface").waitFor({ timeout: 30_000 })
    await shoot(page, "overview", "overview")
    await page.goto(`${dashboardUrl}/?actors=${OTHER_ACTOR}`)
    const chart = page.getByTestId("statement-chart")
    await chart.locator(".recharts-surface").waitFor({ timeout: 30_000 })
    // pick an actor in the picker: the line and the URL follow
    await page.getByRole("group", { name: "Actors charted" }).getByRole("checkbox", { name: new RegExp(ACTOR_NAME) }).check()
    await page.waitForURL((url) => url.searchParams.get("actors") === `${OTHER_ACTOR},${ACTOR}`)
    await chart.getByRole("list", { name: "Actors" }).getByText(ACTOR_NAME).waitFor()
    // change the interval
    await page.getByRole("form", { name: "Chart settings" }).getByLabel("Interval").selectOption("week")
    await page.waitForURL((url) => url.searchParams.get("interval") === "week")
    await chart.locator(".recharts-surface").waitFor()
    // click a point: the first dot of a bucket with statements
    const dot = chart.locator(".recharts-line-dots circle").first()
    await dot.waitFor()
    const box = await dot.boundingBox()
    expect(box).not.toBeNull()
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2)
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2)
    const drill = page.getByTestId("statement-drilldown")
    const evidence = drill.getByTestId("statement-evidence").first()
    await evidence.waitFor({ timeout: 30_000 })
    expect((await evidence.textContent())?.trim().length).toBeGreaterThan(20)
    expect(new URL(page.url()).searchParams.get("drill")).toBe("statements")
    await shoot(page, "overview-drilldown")
    // the evidence links to the article with the span highlighted
    await drill.getByTestId("statement-article-link").first().click()
    await page.waitForURL(/\/articles\/.+#statement=/)
    await page.getByTestId("article-text").locator("mark[data-focus=true]").first().waitFor({ timeout: 30_000 })
    await shoot(page, "article")
    await page.close()
  })

  it("overview: the keyword narrows the statement chart", async () => {
    const page = await openPage()
    await page.goto(`${dashboardUrl}/?actors=${ACTOR}&interval=week`)
    await page.getByTestId("statement-chart").locator(".recharts-surface").waitFor({ timeout: 30_000 })
    await page.getByRole("form", { name: "Chart settings" }).getByLabel("Keyword").fill("peace")
    await page.waitForURL((url) => url.searchParams.get("q") === "peace")
    await page.getByTestId("statement-chart").getByRole("list", { name: "Actors" }).getByText(ACTOR_NAME).waitFor()
    await page.getByTestId("attack-chart").locator(".recharts-surface").waitFor()
    await shoot(page, "overview-keyword")
    // from the statements of one bucket, one click sets them against the attacks of the same weeks
    const dot = page.getByTestId("statement-chart").locator(".recharts-line-dots circle").first()
    const box = (await dot.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await page.getByTestId("statement-drilldown").getByTestId("statement-evidence").first().waitFor({ timeout: 30_000 })
    await page.getByTestId("drill-overlay-link").click()
    await page.waitForURL(/\/overlay\?/)
    const url = new URL(page.url())
    expect([url.searchParams.get("actor"), url.searchParams.get("q"), url.searchParams.get("interval")]).toEqual([ACTOR, "peace", null])
    expect(url.searchParams.get("bucket")).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await page.getByTestId("overlay-drilldown").getByTestId("statement-evidence").first().waitFor({ timeout: 30_000 })
    await page.close()
  })

  it("statements list: Back after a keyword search shows the earlier keyword and list again", async () => {
    const page = await openPage()
    await page.goto(`${dashboardUrl}/statements?q=peace`)
    const keyword = page.getByRole("search", { name: "Filter statements" }).getByLabel("Keyword")
    await page.getByTestId("statement-evidence").first().waitFor({ timeout: 30_000 })
    expect(await keyword.inputValue()).toBe("peace")
    await keyword.fill("ceasefire")
    await page.getByRole("search", { name: "Filter statements" }).getByRole("button", { name: "Search" }).click()
    await page.waitForURL((url) => url.searchParams.get("q") === "ceasefire")
    await page.goBack()
    await page.waitForURL((url) => url.searchParams.get("q") === "peace")
    // the field follows the URL it came back to, not the draft typed before
    await expect.poll(() => keyword.inputValue(), { timeout: 10_000 }).toBe("peace")
    await page.close()
  })

  it("overlay: one actor's statements against attacks on a country, with a brush, and a click opens both lists", async () => {
    const page = await openPage()
    // the example question: Trump speaking of peace, and strikes on Ukraine, week by week through 2025
    await page.goto(`${dashboardUrl}/overlay?actor=${ACTOR}&q=peace&country=Ukraine&from=2025-01-01&to=2025-09-30`)
    const chart = page.getByTestId("overlay-chart")
    await chart.locator(".recharts-surface").waitFor({ timeout: 30_000 })
    expect(await chart.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(0)
    expect(await chart.locator(".recharts-line-curve").count()).toBe(1)
    expect(await chart.locator(".recharts-brush").count()).toBe(1)
    expect(await page.locator("#overlay-title").textContent()).toMatch(/Donald Trump on “peace” vs attacks on Ukraine/)
    await shoot(page, "overlay", "overlay")
    // click the actor's busiest point: the statements and the attacks of that bucket are listed
    const dot = chart.locator(".recharts-line-dots circle").first()
    await dot.waitFor()
    const box = (await dot.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    const drill = page.getByTestId("overlay-drilldown")
    await drill.getByTestId("statement-evidence").first().waitFor({ timeout: 30_000 })
    expect(await drill.getByTestId("statement-item").first().locator("a", { hasText: ACTOR_NAME }).count()).toBeGreaterThan(0)
    await drill.getByTestId("incident-drilldown").waitFor()
    expect(new URL(page.url()).searchParams.get("bucket")).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await shoot(page, "overlay-drilldown")
    // by keyboard: focus the chart, move along the buckets with the arrow keys, open one with Enter
    const before = new URL(page.url()).searchParams.get("bucket")
    await page.mouse.move(0, 0)
    await chart.locator(".recharts-surface").focus()
    await page.keyboard.press("ArrowRight")
    await page.keyboard.press("ArrowRight")
    await page.keyboard.press("Enter")
    await page.waitForURL((url) => url.searchParams.get("bucket") !== null && url.searchParams.get("bucket") !== before)
    await page.close()
  })

  it("overlay: an actor beyond the listed top 40 is named in the actor select, not shown as its id", async () => {
    const actors = await api_<{ items: Array<{ id: string; name: string; statementCount: number }> }>(`/actors?limit=1000`)
    const quoted = actors.items.filter((a) => a.statementCount > 0)
    expect(quoted.length).toBeGreaterThan(40)
    // the overlay lists the first 40 of the same ordering; take one well past them
    const beyond = quoted[quoted.length - 1]!
    expect(actors.items.slice(0, 40).some((a) => a.id === beyond.id)).toBe(false)
    const page = await openPage()
    await page.goto(`${dashboardUrl}/overlay?actor=${encodeURIComponent(beyond.id)}`)
    const select = page.getByRole("form", { name: "Overlay settings" }).getByLabel("Actor")
    await expect
      .poll(() => select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? ""), { timeout: 30_000 })
      .toBe(`${beyond.name} (${beyond.statementCount})`)
    expect(await select.inputValue()).toBe(beyond.id)
    await page.close()
  })

  it("actor page, incident page with its map position, and the incident map", async () => {
    const page = await openPage()
    await page.goto(`${dashboardUrl}/actors/${TIMELINE_ACTOR}`)
    const actor = page.getByTestId("actor-detail")
    await actor.getByRole("heading", { level: 1, name: TIMELINE_ACTOR_NAME }).waitFor({ timeout: 30_000 })
    await actor.locator(".recharts-surface").waitFor()
    await shoot(page, "actor", "actor")

    const incidents = await api_<{ items: Array<{ id: string; place: { lat: number | null } }> }>(`/incidents?place=Kyiv&limit=20`)
    const placed = incidents.items.find((i) => i.place.lat !== null)
    expect(placed).toBeDefined()
    await page.goto(`${dashboardUrl}/incidents/${encodeURIComponent(placed!.id)}`)
    await page.getByTestId("incident-report").first().waitFor({ timeout: 30_000 })
    await page.getByTestId("world-map").getByTestId("map-point").waitFor()
    await page.getByTestId("world-map").locator(".world-map-land path").first().waitFor()
    await shoot(page, "incident")

    await page.goto(`${dashboardUrl}/map`)
    const map = page.getByTestId("world-map")
    await map.waitFor({ timeout: 30_000 })
    // the country outlines are a JSON asset fetched beside the incidents: wait for the land, not only the markers
    await map.locator(".world-map-land path").first().waitFor()
    expect(await map.getByTestId("map-point").count()).toBeGreaterThan(5)
    expect(await map.locator(".world-map-land path").count()).toBeGreaterThan(100)
    await shoot(page, "map", "map")
    // a marker is a link: it opens the incident (or the incidents at that place); the smallest is drawn on top
    await map.getByTestId("map-point").last().click()
    await page.waitForURL(/\/incidents/)
    await page.close()
  })

  it("reads at phone width", async () => {
    const page = await openPage(390, 844)
    await page.goto(`${dashboardUrl}/overlay?actor=${ACTOR}&country=Ukraine`)
    await page.getByTestId("overlay-chart").locator(".recharts-surface").waitFor({ timeout: 30_000 })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(1)
    await shoot(page, "overlay-phone")
    await page.close()
  })

  it("has no serious or critical axe-core violations on the main pages", async () => {
    const article = await api_<{ items: Array<{ id: string }> }>(`/articles?limit=1`)
    const incident = await api_<{ items: Array<{ id: string }> }>(`/incidents?place=Kyiv&limit=1`)
    const pages: ReadonlyArray<readonly [string, string, string]> = [
      ["overview", "/", "[data-testid=statement-chart] .recharts-surface"],
      ["overlay", `/overlay?actor=${ACTOR}&country=Ukraine`, "[data-testid=overlay-chart] .recharts-surface"],
      ["statements", "/statements", "[data-testid=statement-item]"],
      ["article", `/articles/${encodeURIComponent(article.items[0]!.id)}`, "[data-testid=article-text]"],
      ["actor", `/actors/${ACTOR}`, "[data-testid=actor-detail] .recharts-surface"],
      ["incident", `/incidents/${encodeURIComponent(incident.items[0]!.id)}`, "[data-testid=incident-report]"],
      ["map", "/map", "[data-testid=map-point]"]
    ]
    const found: Array<string> = []
    const page = await openPage()
    for (const [name, path, ready] of pages) {
      await page.goto(`${dashboardUrl}${path}`)
      await page.locator(ready).first().waitFor({ timeout: 30_000 })
      for (const v of await seriousViolations(page)) found.push(`${name}: ${v}`)
    }
    await page.close()
    expect(found).toEqual([])
  })

  it("threw no errors in any page", () => {
    expect(pageErrors).toEqual([])
  })
})
