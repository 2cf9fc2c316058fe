import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { ingestRootsFrom, isInsideRoots } from "../src/watch/IngestRoots.ts"

const work = fs.mkdtempSync(path.join(os.tmpdir(), "wirewatch-roots-"))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))
const inbox = path.join(work, "inbox")
const secret = path.join(work, "secret")
fs.mkdirSync(inbox)
fs.mkdirSync(secret)
fs.writeFileSync(path.join(inbox, "a.txt"), " date 2024-01-01 x")
fs.writeFileSync(path.join(secret, "s.txt"), " date 2024-01-01 x")
fs.symlinkSync(path.join(secret, "s.txt"), path.join(inbox, "link.txt"))
fs.symlinkSync(secret, path.join(inbox, "dirlink"))

describe("ingest roots", () => {
  it("reads WIREWATCH_INGEST_ROOTS as folders separated by ':', resolved against the working directory", () => {
    expect(ingestRootsFrom(undefined)).toEqual([])
    expect(ingestRootsFrom(" : ")).toEqual([])
    expect(ingestRootsFrom("in:/abs/x", "/home/me")).toEqual(["/home/me/in", "/abs/x"])
  })

  it("admits paths inside a root, refuses '..' escapes, sibling prefixes and symlinks that lead out", () => {
    const roots = [inbox]
    expect(isInsideRoots(path.join(inbox, "a.txt"), roots)).toBe(true)
    expect(isInsideRoots(inbox, roots)).toBe(true)
    expect(isInsideRoots(path.join(inbox, "new.txt"), roots)).toBe(true)
    expect(isInsideRoots(path.join(inbox, "..", "secret", "s.txt"), roots)).toBe(false)
    expect(isInsideRoots(`${inbox}-evil/a.txt`, roots)).toBe(false)
    expect(isInsideRoots(path.join(inbox, "link.txt"), roots)).toBe(false)
    expect(isInsideRoots(path.join(inbox, "dirlink", "s.txt"), roots)).toBe(false)
    expect(isInsideRoots("/etc/passwd", roots)).toBe(false)
    expect(isInsideRoots("/etc/passwd", [])).toBe(true)
    expect(isInsideRoots(path.join(secret, "s.txt"), [inbox, secret])).toBe(true)
  })
})
