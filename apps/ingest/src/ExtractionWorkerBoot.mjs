// Starts an extraction worker thread: registers tsx in this thread (workers do not reliably inherit the parent's loader), then loads the TypeScript worker body.
import { register } from "tsx/esm/api"

register()
await import("./ExtractionWorker.ts")
