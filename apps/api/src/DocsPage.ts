/** The human-readable API reference at `/docs`: one self-contained HTML page rendered from the OpenAPI document, no scripts. */
import type { openApiDocument } from "./OpenApi.ts"

type OpenApiDocument = ReturnType<typeof openApiDocument>

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!)

/** What a parameter accepts, in a few words: its values, its pattern, or its kind. */
const acceptedValues = (schema: Record<string, unknown>): string => {
  if (Array.isArray(schema["enum"])) return schema["enum"].map((v) => JSON.stringify(v)).join(" | ")
  if (schema["pattern"] === "^\\d{4}-\\d{2}-\\d{2}$") return "a date, YYYY-MM-DD"
  if (typeof schema["description"] === "string") return schema["description"]
  return String(schema["type"] ?? "any")
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code{background:#f3f3f3;padding:0 .25rem;border-radius:3px}h2{margin-top:2rem;font-size:1.1rem}
table{border-collapse:collapse;width:100%}td,th{text-align:left;border-bottom:1px solid #ddd;padding:.25rem .5rem;vertical-align:top}`

export const docsPage = (document: OpenApiDocument): string => {
  const sections = Object.entries(document.paths).map(([path, { get }]) => {
    const rows = get.parameters
      .map(
        (p) =>
          `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}${p.required ? ", required" : ""}</td>` +
          `<td>${escapeHtml(acceptedValues(p.schema as Record<string, unknown>))}</td></tr>`
      )
      .join("")
    const formats = Object.keys(get.responses["200"].content).join(", ")
    const title = path.includes("{") ? `<code>GET ${escapeHtml(path)}</code>` : `<a href="${escapeHtml(path)}"><code>GET ${escapeHtml(path)}</code></a>`
    return (
      `<h2>${title}</h2><p>${escapeHtml(get.summary)}</p><p>Answers ${escapeHtml(formats)}.</p>` +
      (rows === "" ? "<p>No parameters.</p>" : `<table><tr><th>parameter</th><th>in</th><th>accepts</th></tr>${rows}</table>`)
    )
  })
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(document.info.title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(document.info.title)} ${escapeHtml(document.info.version)}</h1>
<p>Read-only JSON over HTTP. Lists answer <code>{ items, nextCursor }</code>: pass <code>cursor=&lt;nextCursor&gt;</code> for the next page.
Bad parameters answer 400 with one line per problem; unknown ids 404. Machine-readable description: <a href="/openapi.json"><code>/openapi.json</code></a>.</p>
${sections.join("\n")}
</body></html>`
}
