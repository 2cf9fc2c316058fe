/** Entry point: mounts the dashboard into the page. */
import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { App } from "./App.tsx"
import { hashRouteLocation } from "./state/urlState.ts"
import "./styles.css"

// Links written for a hash router (`/#/statements`) are rewritten to the path they name.
const hashRoute = hashRouteLocation(window.location.hash)
if (hashRoute !== null && window.location.pathname === "/") {
  window.history.replaceState(null, "", hashRoute.pathname + hashRoute.search + hashRoute.hash)
}

const root = document.getElementById("root")
if (root === null) throw new Error("index.html has no #root element")
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>
)
