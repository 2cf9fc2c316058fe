/** Vite config for the dashboard: oxc compiles TSX; dev and preview servers proxy /api to the Wirewatch API. */
import { defineConfig, type ProxyOptions } from "vite"

const apiTarget = process.env.WIREWATCH_API_URL ?? "http://127.0.0.1:8787"

const apiProxy: Record<string, ProxyOptions> = {
  "/api": {
    target: apiTarget,
    changeOrigin: true,
    rewrite: (path) => path.replace(/^\/api(?=\/|\?|$)/, "") || "/"
  }
}

export default defineConfig({
  oxc: { jsx: { runtime: "automatic" } },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    // pages are lazy chunks; every browser we target preloads modules natively
    modulePreload: { polyfill: false },
    // property reads and global lookups that nothing uses are dropped (about 2 kB gzip off a ~250 kB budget)
    rolldownOptions: { treeshake: { propertyReadSideEffects: false, unknownGlobalSideEffects: false } }
  }
})
