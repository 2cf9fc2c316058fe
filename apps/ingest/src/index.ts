/** The ingest app's library surface: the synthetic corpus generator (for benchmarks and tests) and the ingest pipeline. */
export * from "./synthetic/SyntheticArticle.ts"
export * from "./synthetic/SyntheticCorpus.ts"
