/**
 * Screenshots of dashboard pages in headless Chromium, for looking at the UI by eye:
 *   tsx scripts/screenshots.ts http://127.0.0.1:4174 /tmp/shots / /statements "/articles/<id>#statement=<id>"
 * Each path is shot at desktop and phone width; console errors and failed requests are printed.
 * FULL_PAGE=0 shoots only the first screen (long lists are unreadable when shrunk).
 */
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { chromium } from "playwright-core"

const [base = "http://127.0.0.1:4174", out = "/tmp/wirewatch-shots", ...paths] = process.argv.slice(2)
const targets = paths.length > 0 ? paths : ["/", "/statements", "/articles", "/actors", "/incidents"]
const viewports = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 }
] as const

mkdirSync(out, { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
})
try {
  for (const viewport of viewports) {
    const page = await browser.newPage({ viewport })
    page.on("console", (m) => m.type() === "error" && console.log(`[${viewport.name}] console: ${m.text()}`))
    page.on("pageerror", (e) => console.log(`[${viewport.name}] page error: ${e.message}`))
    page.on("requestfailed", (r) => console.log(`[${viewport.name}] request failed: ${r.url()}`))
    for (const path of targets) {
      await page.goto(base + path, { waitUntil: "networkidle" })
      await page.waitForTimeout(800)
      const file = join(out, `${viewport.name}-${path.replace(/[^a-z0-9]+/gi, "_").slice(0, 60) || "root"}.png`)
      await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE !== "0" })
      console.log(file)
    }
    await page.close()
  }
} finally {
  await browser.close()
}
