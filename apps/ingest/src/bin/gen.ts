/** Entry point of `pnpm gen`: writes a deterministic synthetic corpus of articles into a folder. */
import { Effect } from "effect"
import { GEN_USAGE, parseGenCommand } from "../GenCommand.ts"
import { writeCorpus } from "../synthetic/SyntheticCorpus.ts"

const program = Effect.gen(function* () {
  const command = yield* parseGenCommand(process.argv.slice(2))
  if (command.help) {
    yield* Effect.sync(() => console.log(GEN_USAGE))
    return
  }
  const started = performance.now()
  const written = yield* writeCorpus(command.out, command.corpus)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  yield* Effect.sync(() =>
    console.log(`wrote ${written} articles to ${command.out} (seed ${command.corpus.seed}, ${command.corpus.from} to ${command.corpus.to}) in ${seconds}s`)
  )
})

Effect.runPromise(
  program.pipe(
    Effect.catchTags({
      UsageError: (e) => Effect.sync(() => {
        console.error(`gen: ${e.message}\n\n${GEN_USAGE}`)
        process.exitCode = 2
      }),
      CorpusWriteError: (e) => Effect.sync(() => {
        console.error(`gen: ${e.message}`)
        process.exitCode = 1
      })
    })
  )
)
