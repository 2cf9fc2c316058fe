/** The `pnpm gen` command line: decodes flags into corpus options and says how to use it. */
import { Effect, Either, Schema } from "effect"
import { IsoDate } from "@wirewatch/domain"
import { parseArgs } from "node:util"
import { DEFAULT_FROM, DEFAULT_TO, type CorpusOptions } from "./synthetic/SyntheticCorpus.ts"
import { UsageError } from "./UsageError.ts"

export const GEN_USAGE = `Usage: pnpm gen --articles N --seed S --out DIR [--from YYYY-MM-DD --to YYYY-MM-DD]

Writes N synthetic news articles (syn-000001.txt, ...) into DIR, the same bytes for the same seed.
  --articles N   how many articles (required)
  --seed S       integer seed (default 1)
  --out DIR      output folder, created if missing (required)
  --from DATE    first publication date (default ${DEFAULT_FROM})
  --to DATE      last publication date (default ${DEFAULT_TO})
  --help         this text`

export interface GenCommand {
  readonly help: boolean
  readonly out: string
  readonly corpus: CorpusOptions
}

const decodeDate = Schema.decodeUnknownEither(IsoDate)

const integer = (flag: string, raw: string, min: number): Effect.Effect<number, UsageError> =>
  /^-?\d+$/.test(raw) && Number(raw) >= min && Number.isSafeInteger(Number(raw))
    ? Effect.succeed(Number(raw))
    : Effect.fail(new UsageError({ detail: `--${flag} must be an integer >= ${min}, got ${JSON.stringify(raw)}` }))

const date = (flag: string, raw: string): Effect.Effect<string, UsageError> =>
  Either.isRight(decodeDate(raw))
    ? Effect.succeed(raw)
    : Effect.fail(new UsageError({ detail: `--${flag} must be a date as YYYY-MM-DD, got ${JSON.stringify(raw)}` }))

export const parseGenCommand = (argv: ReadonlyArray<string>): Effect.Effect<GenCommand, UsageError> =>
  Effect.gen(function* () {
    const { values } = yield* Effect.try({
      try: () =>
        parseArgs({
          args: [...argv],
          options: {
            articles: { type: "string" },
            seed: { type: "string" },
            out: { type: "string" },
            from: { type: "string" },
            to: { type: "string" },
            help: { type: "boolean", short: "h" }
          },
          strict: true,
          allowPositionals: false
        }),
      catch: (e) => new UsageError({ detail: e instanceof Error ? e.message : String(e) })
    })
    if (values.help === true) return { help: true, out: "", corpus: { articles: 0, seed: 0 } }
    if (values.articles === undefined) return yield* new UsageError({ detail: "--articles N is required" })
    if (values.out === undefined) return yield* new UsageError({ detail: "--out DIR is required" })
    const articles = yield* integer("articles", values.articles, 0)
    const seed = yield* integer("seed", values.seed ?? "1", 0)
    const from = yield* date("from", values.from ?? DEFAULT_FROM)
    const to = yield* date("to", values.to ?? DEFAULT_TO)
    if (to < from) return yield* new UsageError({ detail: `--to ${to} is before --from ${from}` })
    return { help: false, out: values.out, corpus: { articles, seed, from, to } }
  })
