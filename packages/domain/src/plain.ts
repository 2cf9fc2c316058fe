/**
 * `@wirewatch/domain/plain`: the part of the domain that is plain code (calendar days, vocabularies), importable where
 * the schema runtime (Effect) must not go, such as the dashboard's bundle. test/plain.test.ts keeps it that way.
 */
export * from "./Calendar.ts"
export * from "./Vocabulary.ts"
