/** The extractor: pure, deterministic text → ArticleExtraction, plus the helpers the store and ingest need. */
export { articleIdOf } from "./ArticleIdentity.ts"
export { EXTRACTOR_VERSION, extractArticle } from "./Extractor.ts"
export { lookupPlace, placeKey, type GazPlace } from "./Gazetteer.ts"
export { findDates, lastWeekday, type ResolvedDate } from "./RelativeDates.ts"
export { parseNumber, tollOf } from "./Casualties.ts"
