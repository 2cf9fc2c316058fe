/** The folders ingest may read (WIREWATCH_INGEST_ROOTS): a path, after following symlinks, must lie inside one of them. */
import * as fs from "node:fs"
import * as path from "node:path"

/** `WIREWATCH_INGEST_ROOTS`: folders separated by the platform's path delimiter (`:`); empty or unset: no restriction. */
export const ingestRootsFrom = (value: string | undefined, cwd: string = process.cwd()): ReadonlyArray<string> =>
  (value ?? "")
    .split(path.delimiter)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => path.resolve(cwd, p))

/** The real path (symlinks followed) of an existing path; for a missing one, the real path of its folder plus its name. */
const realPathOf = (p: string): string => {
  const absolute = path.resolve(p)
  try {
    return fs.realpathSync(absolute)
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(absolute)), path.basename(absolute))
    } catch {
      return absolute
    }
  }
}

const isWithin = (child: string, parent: string): boolean => {
  const relative = path.relative(parent, child)
  return relative === "" || (!relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative))
}

/** True when `p` (symlinks followed, `..` resolved) is one of the roots or lies below one; always true with no roots. */
export const isInsideRoots = (p: string, roots: ReadonlyArray<string>): boolean => {
  if (roots.length === 0) return true
  const real = realPathOf(p)
  return roots.some((root) => isWithin(real, realPathOf(root)))
}
