/**
 * Article text is data, never markup: an article carrying <script> and an <img onerror> is ingested, and its article and
 * statements pages in headless Chromium show that markup literally and run none of it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startApp, type AppUnderTest } from "../src/AppUnderTest.ts"

const SCRIPT = "<script>window.__pwned=1</script>"
const IMG = "<img src=x onerror=\"window.__pwned=2\">"
const ARTICLE = [
  ` date 2025-05-02 Kharkiv under fire ${SCRIPT}`,
  "",
  `President Volodymyr Zelensky said: "We will not give up ${IMG} <b>never</b>." A Russian missile strike on Kharkiv killed 3 people on Thursday, officials said.`,
  ""
].join("\n")

describe("hostile markup in an article", () => {
  let work: string
  let app: AppUnderTest
  let browser: Browser
  let apiUrl: string
  let dashboardUrl: string

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "wirewatch-xss-"))
    mkdirSync(join(work, "in"))
    writeFileSync(join(work, "in", "hostile.txt"), ARTICLE)
    app = await startApp(work, join(work, "in"))
    ;({ apiUrl, dashboardUrl, browser } = app)
  })

  afterAll(async () => {
    await app?.stop()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  /** Opens `path`, waits for `text`, and returns what ran: dialogs, errors, and window.__pwned. */
  const visit = async (path: string, text: string) => {
    const page: Page = await browser.newPage()
    const ran: Array<string> = []
    page.on("dialog", (d) => {
      ran.push(`dialog: ${d.message()}`)
      void d.dismiss()
    })
    page.on("pageerror", (e) => ran.push(`error: ${e.message}`))
    await page.goto(`${dashboardUrl}${path}`)
    await page.getByText(text, { exact: false }).first().waitFor({ timeout: 30_000 })
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
    const injected = await page.locator('img[src="x"], b:text("never")').count()
    return { page, ran, pwned, injected }
  }

  it("the article page shows the markup as text and runs none of it", async () => {
    const list = (await (await fetch(`${apiUrl}/articles`)).json()) as { items: Array<{ id: string; title: string }> }
    expect(list.items).toHaveLength(1)
    expect(list.items[0]!.title).toContain(SCRIPT)
    const { page, ran, pwned, injected } = await visit(`/#/articles/${list.items[0]!.id}`, "We will not give up")
    expect(pwned).toBeUndefined()
    expect(ran).toEqual([])
    expect(injected).toBe(0)
    expect(await page.getByText(IMG, { exact: false }).count()).toBeGreaterThan(0)
    expect(await page.getByText(SCRIPT, { exact: false }).count()).toBeGreaterThan(0)
    await page.close()
  })

  it("the statements page shows the quote with its markup as text and runs none of it", async () => {
    const { page, ran, pwned, injected } = await visit(`/#/statements`, "We will not give up")
    expect(pwned).toBeUndefined()
    expect(ran).toEqual([])
    expect(injected).toBe(0)
    expect(await page.getByText(IMG, { exact: false }).count()).toBeGreaterThan(0)
    await page.close()
  })
})
