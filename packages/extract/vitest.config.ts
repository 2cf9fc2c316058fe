import { defineConfig } from "vitest/config"

// the gazetteer is built on the first lookup of a test file: seconds on a busy machine
export default defineConfig({ test: { include: ["test/**/*.test.ts"], testTimeout: 30_000 } })
