import { describe, expect, it } from "vitest"
import { initialFiles } from "../src/DashboardSize.ts"

describe("dashboard first-page chunks", () => {
  it("follows static imports from the entries, not dynamic ones", () => {
    const manifest = {
      "index.html": { file: "assets/index.js", isEntry: true, imports: ["_shared.js"] },
      "_shared.js": { file: "assets/shared.js", imports: ["_tiny.js"] },
      "_tiny.js": { file: "assets/tiny.js" },
      "src/Map.tsx": { file: "assets/Map.js", imports: ["index.html"] },
      "style.css": { file: "assets/index.css" }
    }
    expect(initialFiles(manifest)).toEqual(["assets/index.js", "assets/shared.js", "assets/tiny.js"])
  })
})
