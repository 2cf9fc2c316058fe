/**
 * The dashboard reads API answers without decoding them (the domain's schema runtime stays out of the bundle). That is
 * sound only while each read model's wire form is its type without brands, i.e. no schema transforms a field (a Date
 * from a string, a number from text). These checks fail to compile when one starts to.
 */
import {
  ActorDetail,
  ActorSummary,
  ArticleDetail,
  ArticleSummary,
  IncidentDetail,
  IncidentSeries,
  IncidentView,
  Page,
  StatementSeries,
  StatementView
} from "@wirewatch/domain"
import type { Brand, Schema } from "effect"
import { describe, expectTypeOf, it } from "vitest"

/** `T` with every brand taken off: what the same value looks like after JSON.stringify and JSON.parse. */
type Unbranded<T> = T extends string & Brand.Brand<any>
  ? string
  : T extends number & Brand.Brand<any>
    ? number
    : T extends ReadonlyArray<infer E>
      ? ReadonlyArray<Unbranded<E>>
      : T extends object
        ? { readonly [K in keyof T]: Unbranded<T[K]> }
        : T

/** What the dashboard treats an answer as (the schema's type) against what arrives (its encoded form). */
type Wire<S extends Schema.Schema.Any> = Unbranded<Schema.Schema.Encoded<S>>
type Typed<S extends Schema.Schema.Any> = Unbranded<Schema.Schema.Type<S>>

describe("API answers need no decoding", () => {
  it("every read model's encoded form is its type without brands", () => {
    expectTypeOf<Wire<typeof ArticleDetail>>().toEqualTypeOf<Typed<typeof ArticleDetail>>()
    expectTypeOf<Wire<typeof ActorDetail>>().toEqualTypeOf<Typed<typeof ActorDetail>>()
    expectTypeOf<Wire<typeof IncidentDetail>>().toEqualTypeOf<Typed<typeof IncidentDetail>>()
    expectTypeOf<Wire<typeof StatementSeries>>().toEqualTypeOf<Typed<typeof StatementSeries>>()
    expectTypeOf<Wire<typeof IncidentSeries>>().toEqualTypeOf<Typed<typeof IncidentSeries>>()
    const pages = { articles: Page(ArticleSummary), actors: Page(ActorSummary), statements: Page(StatementView), incidents: Page(IncidentView) }
    expectTypeOf<Wire<typeof pages.articles>>().toEqualTypeOf<Typed<typeof pages.articles>>()
    expectTypeOf<Wire<typeof pages.actors>>().toEqualTypeOf<Typed<typeof pages.actors>>()
    expectTypeOf<Wire<typeof pages.statements>>().toEqualTypeOf<Typed<typeof pages.statements>>()
    expectTypeOf<Wire<typeof pages.incidents>>().toEqualTypeOf<Typed<typeof pages.incidents>>()
  })
})
