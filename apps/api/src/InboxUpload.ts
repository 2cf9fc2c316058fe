/** Where an uploaded article file goes: a sanitised name inside the inbox folder, never outside it, keyed by its content hash. */
import * as fs from "node:fs/promises"
import * as path from "node:path"

/** Longest name kept from the client's `name` (the hash prefix and `.txt` come on top). */
const MAX_NAME = 60

/**
 * A file name made only of letters, digits, `-`, `_` and `.`, never starting with a dot, ending in `.txt`, prefixed with
 * the content hash: `../../etc/passwd` becomes `<hash>-etc-passwd.txt`.
 */
export const inboxFileName = (requested: string | undefined, contentHash: string): string => {
  const base = (requested ?? "")
    .replace(/\.txt$/i, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, MAX_NAME)
  return `${contentHash.slice(0, 16)}${base === "" ? "" : `-${base}`}.txt`
}

/** Writes the bytes into the inbox (created if missing) under `name`; the same content twice is the same file. */
export const writeToInbox = async (inbox: string, name: string, bytes: Uint8Array): Promise<string> => {
  const folder = path.resolve(inbox)
  const file = path.resolve(folder, name)
  if (path.dirname(file) !== folder) throw new Error(`refusing to write outside the inbox: ${name}`)
  await fs.mkdir(folder, { recursive: true })
  try {
    await fs.writeFile(file, bytes, { flag: "wx" })
  } catch (e) {
    // Same name means same content hash: the file is already there.
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e
  }
  return file
}
