/**
 * Full garbage collections at chosen moments. V8 collects lazily: over a 10,000-article ingest the main thread's heap
 * grew to about twice what it keeps alive (80 -> 175 MB), and the peak RSS of the process is what the memory target
 * counts.
 */
import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"

let collect: (() => void) | undefined

/** Runs a full collection of this thread's heap (exposing V8's `gc` to a fresh context the first time). */
export const collectGarbage = (): void => {
  if (collect === undefined) {
    const global = (globalThis as { gc?: () => void }).gc
    if (typeof global === "function") {
      collect = global
    } else {
      setFlagsFromString("--expose-gc")
      collect = runInNewContext("gc") as () => void
    }
  }
  collect()
}
