/** `pnpm extract <files or folders...> [--format json|text]`: runs the extractor on article files and prints what it finds. */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { basename, join } from "node:path"
import { Either } from "effect"
import { type ArticleExtraction, parseArticleBytes } from "@wirewatch/domain"
import { extractArticle } from "@wirewatch/extract"
import { toExtractionJson } from "../ExtractionJson.ts"

const usage = "usage: pnpm extract <files or folders...> [--format json|text]"

const parseArgs = (argv: ReadonlyArray<string>): { paths: Array<string>; format: "json" | "text" } | string => {
  const paths: Array<string> = []
  let format: "json" | "text" = "text"
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === "--format" || a.startsWith("--format=")) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i]
      if (v !== "json" && v !== "text") return `unknown format ${JSON.stringify(v)}; ${usage}`
      format = v
    } else if (a === "-h" || a === "--help") return usage
    else if (a === "--") continue
    else paths.push(a)
  }
  if (paths.length === 0) return usage
  return { paths, format }
}

/** Files named on the command line, folders expanded to their `.txt` files in name order. */
const expand = (paths: ReadonlyArray<string>, problems: Array<string>): Array<string> => {
  const out: Array<string> = []
  for (const p of paths) {
    let st
    try {
      st = statSync(p)
    } catch {
      problems.push(`${p}: no such file or folder`)
      continue
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(p).filter((n) => n.endsWith(".txt")).sort()) out.push(join(p, f))
    } else out.push(p)
  }
  return out
}

const textReport = (x: ArticleExtraction): string => {
  const lines: Array<string> = []
  lines.push(`${x.article.fileName}  ${x.article.date}  ${x.article.title.slice(0, 90)}`)
  if (x.article.sources.length > 0) lines.push(`  sources: ${x.article.sources.map((s) => `${s.outlet} (${s.role})`).join(", ")}`)
  lines.push(`  statements (${x.statements.length}):`)
  for (const s of x.statements) {
    const who = s.speakerName ?? `anonymous: ${s.speakerMention ?? "?"}`
    const extra = [s.cue, s.date, s.addressee !== null ? `to ${s.addressee}` : null, s.channel].filter((v) => v !== null).join(", ")
    const words = s.kind === "direct" ? `“${s.text}”` : s.text
    lines.push(`    - ${who} [${s.kind}${extra.length > 0 ? `; ${extra}` : ""}]: ${words}`)
  }
  lines.push(`  incidents (${x.incidents.length}):`)
  for (const i of x.incidents) {
    const where = [i.placeMention, i.place.region, i.place.country].filter((v, k, all) => v !== null && all.indexOf(v) === k).join(", ")
    const toll = `killed ${i.killed ?? "?"}, injured ${i.injured ?? "?"}`
    const by = i.perpetrator !== null ? ` by ${i.perpetrator}` : ""
    const w = i.weapons.length > 0 ? ` with ${i.weapons.join(", ")}` : ""
    lines.push(`    - ${i.kind} in ${where} on ${i.date ?? "unknown date"} (${i.datePrecision})${by}${w}; ${toll}`)
    lines.push(`      evidence: ${i.evidence.text}`)
  }
  lines.push(`  actors: ${x.actors.map((a) => `${a.name} (${a.kind})`).join(", ")}`)
  return lines.join("\n")
}

const main = (): number => {
  const args = parseArgs(process.argv.slice(2))
  if (typeof args === "string") {
    process.stderr.write(`${args}\n`)
    return 2
  }
  const problems: Array<string> = []
  const files = expand(args.paths, problems)
  const results: Array<ArticleExtraction> = []
  for (const f of files) {
    let bytes: Uint8Array
    try {
      bytes = readFileSync(f)
    } catch (e) {
      problems.push(`${f}: cannot read (${(e as Error).message})`)
      continue
    }
    const parsed = parseArticleBytes(basename(f), bytes)
    if (Either.isLeft(parsed)) {
      problems.push(`${f}: ${parsed.left.detail}`)
      continue
    }
    results.push(extractArticle(parsed.right))
  }
  for (const p of problems) process.stderr.write(`${p}\n`)
  if (args.format === "json") {
    const json = results.map(toExtractionJson)
    process.stdout.write(`${JSON.stringify(files.length === 1 && json.length === 1 ? json[0] : json, null, 2)}\n`)
  } else {
    process.stdout.write(results.map(textReport).join("\n\n") + (results.length > 0 ? "\n" : ""))
  }
  return problems.length > 0 ? 1 : 0
}

process.exitCode = main()
