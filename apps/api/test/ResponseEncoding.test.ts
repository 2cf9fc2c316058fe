import { Arbitrary, Effect, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { endpoints } from "../src/App.ts"
import { isCopyEncoded, responseEncoder } from "../src/ResponseEncoding.ts"

describe("response encoders", () => {
  for (const endpoint of endpoints) {
    it(`${endpoint.path}: the compiled copy gives what Effect Schema's encode gives, for any valid answer`, () => {
      expect(isCopyEncoded(endpoint.response)).toBe(true)
      const encode = responseEncoder(endpoint.response)
      const reference = Schema.encodeSync(endpoint.response)
      fc.assert(
        fc.property(Arbitrary.make(endpoint.response), (value) => {
          const copied = Effect.runSync(encode(value))
          expect(copied).toEqual(reference(value))
          expect(JSON.stringify(copied)).toBe(JSON.stringify(reference(value)))
        }),
        { numRuns: 40 }
      )
    })
  }

  it("leaves fields outside the schema out, as encode does", () => {
    const Point = Schema.Struct({ bucket: Schema.String, count: Schema.Int })
    const encode = responseEncoder(Schema.Array(Point))
    expect(Effect.runSync(encode([{ bucket: "2025-01-01", count: 1, extra: true } as any]))).toEqual([{ bucket: "2025-01-01", count: 1 }])
  })

  it("copies an optional field when it is there, as encode does", () => {
    const schema = Schema.Struct({ a: Schema.String, b: Schema.optional(Schema.String), c: Schema.NullOr(Schema.Struct({ d: Schema.Int })) })
    const encode = responseEncoder(schema)
    for (const value of [{ a: "x", b: "y", c: { d: 1 } }, { a: "x", c: null }]) {
      expect(Effect.runSync(encode(value))).toEqual(Schema.encodeSync(schema)(value))
    }
    expect(Object.keys(Effect.runSync(encode({ a: "x", c: null })) as object)).toEqual(["a", "c"])
  })

  it("falls back to Effect Schema for schemas that transform values", () => {
    const WithDate = Schema.Struct({ at: Schema.DateFromString })
    expect(isCopyEncoded(WithDate)).toBe(false)
    const encode = responseEncoder(WithDate)
    expect(Effect.runSync(encode({ at: new Date("2025-01-02T00:00:00Z") }))).toEqual({ at: "2025-01-02T00:00:00.000Z" })
    expect(isCopyEncoded(Schema.Union(Schema.Struct({ a: Schema.String }), Schema.Struct({ b: Schema.String })))).toBe(false)
  })
})
