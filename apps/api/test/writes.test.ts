import { SqliteStoreLive } from "@wirewatch/store"
import { MAX_ARTICLE_BYTES } from "@wirewatch/domain"
import { ManagedRuntime } from "effect"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"
import { makeApp } from "../src/App.ts"
import { inboxFileName } from "../src/InboxUpload.ts"

const dir = mkdtempSync(join(tmpdir(), "wirewatch-api-writes-"))
const runtime = ManagedRuntime.make(SqliteStoreLive({ filename: join(dir, "w.db") }))
const inbox = join(dir, "inbox")
const TOKEN = "s3cret-token"
const writable = makeApp(runtime, { runtime, inbox, token: TOKEN })
const readOnly = makeApp(runtime, { runtime, inbox, token: undefined })
afterAll(async () => {
  await runtime.dispose()
  rmSync(dir, { recursive: true, force: true })
})

const ARTICLE = " date 2025-04-24 Kyiv was struck overnight, officials said.\nThe mayor said: \"We will rebuild.\"\n"
const post = (app: typeof writable, path: string, body: string | Uint8Array, token?: string) =>
  app.request(path, { method: "POST", body, headers: token === undefined ? {} : { Authorization: `Bearer ${token}` } })

describe("write routes", () => {
  it("are refused with 403 when the server has no token: the API is read-only by default", async () => {
    for (const path of ["/articles", "/reprocess"]) {
      const res = await post(readOnly, path, ARTICLE, TOKEN)
      expect(res.status).toBe(403)
      expect(await res.json()).toMatchObject({ error: "Forbidden" })
    }
    expect(existsSync(inbox)).toBe(false)
  })

  it("need the bearer token: none or a wrong one is 401 with WWW-Authenticate", async () => {
    for (const token of [undefined, "wrong", `${TOKEN}x`, ""]) {
      const res = await post(writable, "/articles", ARTICLE, token)
      expect(res.status).toBe(401)
      expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/)
    }
    const basic = await writable.request("/articles", { method: "POST", body: ARTICLE, headers: { Authorization: `Basic ${btoa(`x:${TOKEN}`)}` } })
    expect(basic.status).toBe(401)
  })

  it("POST /articles writes the file into the inbox under a safe name and queues it (202, job id)", async () => {
    const res = await post(writable, `/articles?name=${encodeURIComponent("../../etc/passwd")}`, ARTICLE, TOKEN)
    expect(res.status).toBe(202)
    const body = (await res.json()) as { jobId: number; file: string }
    expect(body.file).toMatch(/^[0-9a-f]{16}-etc-passwd\.txt$/)
    expect(readdirSync(inbox)).toEqual([body.file])
    expect(readFileSync(join(inbox, body.file), "utf8")).toBe(ARTICLE)
    const job = await writable.request(`/jobs/${body.jobId}`)
    expect(await job.json()).toMatchObject({ id: body.jobId, kind: "ingest", state: "queued" })
    // The same content again is the same file and the same job.
    const again = (await (await post(writable, "/articles?name=other", ARTICLE, TOKEN)).json()) as { jobId: number }
    expect(readdirSync(inbox)).toHaveLength(2)
    expect(again.jobId).not.toBe(body.jobId)
    const same = (await (await post(writable, `/articles?name=${encodeURIComponent("../../etc/passwd")}`, ARTICLE, TOKEN)).json()) as { jobId: number }
    expect(same.jobId).toBe(body.jobId)
  })

  it("refuses a body that is not an article (400 naming the problem) or too large (413)", async () => {
    const bad = await post(writable, "/articles", "no date line here", TOKEN)
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ error: "InvalidArticle", issues: [expect.stringMatching(/^missing-date-line: /)] })
    const binary = await post(writable, "/articles", new Uint8Array([0x20, 0x64, 0x61, 0x74, 0x65, 0x00, 0xff, 0xfe]), TOKEN)
    expect(binary.status).toBe(400)
    const huge = await post(writable, "/articles", ` date 2025-01-01 ${"x".repeat(MAX_ARTICLE_BYTES)}`, TOKEN)
    expect(huge.status).toBe(413)
  })

  it("POST /reprocess queues one reprocess job", async () => {
    const res = await post(writable, "/reprocess", "", TOKEN)
    expect(res.status).toBe(202)
    const { jobId } = (await res.json()) as { jobId: number }
    expect(await (await writable.request(`/jobs/${jobId}`)).json()).toMatchObject({ kind: "reprocess", state: "queued" })
    expect((await writable.request("/jobs/999999")).status).toBe(404)
    expect((await writable.request("/jobs/1%20OR%201=1")).status).toBe(400)
  })

  it("other methods on read routes are not found, and reads need no token", async () => {
    expect((await readOnly.request("/articles")).status).toBe(200)
    expect((await readOnly.request("/statements", { method: "POST", body: "x" })).status).toBe(404)
    expect((await readOnly.request("/articles/abc", { method: "DELETE" })).status).toBe(404)
  })
})

describe("hostile uploads", () => {
  it("random bodies and names are 202 or a clear 400, never a 500, and every file lands inside the inbox under a safe name", async () => {
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.string({ maxLength: 200 }),
      fc.string({ maxLength: 200 }).map((t) => ` date 2025-01-0${(t.length % 9) + 1} ${t} <script>window.__pwned=1</script>`)
    )
    const name = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("../x", "/etc/passwd", "..", ".hidden", "a/b/c.txt", "%2e%2e%2f", "\u0000"))
    await fc.assert(
      fc.asyncProperty(body, name, async (b, n) => {
        const res = await post(writable, `/articles?name=${encodeURIComponent(n.replace(/[\ud800-\udfff]/g, "_"))}`, b, TOKEN)
        expect([202, 400]).toContain(res.status)
        const json = (await res.json()) as { error?: string; issues?: Array<string> }
        if (res.status === 400) expect(json).toMatchObject({ error: "InvalidArticle", issues: [expect.any(String)] })
      }),
      { numRuns: 150 }
    )
    for (const file of readdirSync(inbox)) expect(file).toMatch(/^[0-9a-f]{16}(-[A-Za-z0-9_][A-Za-z0-9._-]*)?\.txt$/)
  }, 60_000)
})

describe("request limits", () => {
  it("answer 414 to a URL over 8 KiB on any route; one just under it reaches the route (whose own bound on q answers 400)", async () => {
    const long = await readOnly.request(`/statements?q=${"a".repeat(9000)}`)
    expect(long.status).toBe(414)
    expect(await long.json()).toMatchObject({ error: "UriTooLong" })
    const under = await readOnly.request(`/statements?q=${"a".repeat(7000)}`)
    expect(under.status).toBe(400)
    expect(await under.json()).toMatchObject({ error: "InvalidQuery" })
  })
})

describe("inboxFileName", () => {
  it("keeps only safe characters, never a path or a leading dot, and always ends in .txt", () => {
    const hash = "0123456789abcdef0123"
    expect(inboxFileName(undefined, hash)).toBe("0123456789abcdef.txt")
    expect(inboxFileName("report.txt", hash)).toBe("0123456789abcdef-report.txt")
    expect(inboxFileName("..\\..\\win.ini", hash)).toBe("0123456789abcdef-win.ini.txt")
    expect(inboxFileName("/abs/../../x y<script>.TXT", hash)).toBe("0123456789abcdef-abs-.-.-x-y-script.txt")
    expect(inboxFileName("....", hash)).toBe("0123456789abcdef.txt")
  })
})
