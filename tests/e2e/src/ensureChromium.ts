/** Test set-up: makes sure Debian's Chromium is installed, installing it with apt when missing and allowed. */
import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

export default function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`
    )
  }
  console.log("[e2e] Chromium missing: installing Debian's chromium package with apt-get (once per machine)")
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" })
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  })
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing`)
}
