/**
 * Response encoders compiled once per schema. Where a response schema changes no value on the way out (structs, arrays,
 * classes over them, strings, numbers, literals, refined or not), encoding only copies the declared fields; the
 * refinements (`IsoDate`, `Int`) are not checked again per element, because the repository's types already guarantee
 * them (it decodes rows with the same domain schemas or builds the values from typed ones). Any other schema (one
 * with a transformation) is encoded by Effect Schema, as before.
 */
import { Effect, Schema, SchemaAST as AST } from "effect"
import type { ParseError } from "effect/ParseResult"

type Copy = (value: any) => unknown

/** Marks the copy that returns its input as is: arrays of such values need no pass over their elements. */
const same: Copy = (value) => value

const isNullish = (ast: AST.AST): boolean => ast._tag === "UndefinedKeyword" || (ast._tag === "Literal" && ast.literal === null)

/** The copy for a value of `ast`, or undefined when Effect Schema must encode it. */
const copyOf = (ast: AST.AST): Copy | undefined => {
  switch (ast._tag) {
    case "StringKeyword":
    case "NumberKeyword":
    case "BooleanKeyword":
    case "UndefinedKeyword":
    case "Literal":
    case "Enums":
    case "TemplateLiteral":
      return same
    case "Refinement":
      return copyOf(ast.from)
    case "Union": {
      // Plain values stay as they are; one struct or array may be in the union with them when null or undefined is
      // the only plain value (NullOr(Place)); more would need to know which member a value is.
      const copies = ast.types.map(copyOf)
      if (copies.some((c) => c === undefined)) return undefined
      const other = copies.filter((c) => c !== same)
      if (other.length === 0) return same
      const onlyNullish = ast.types.every((member, i) => copies[i] !== same || isNullish(member))
      if (other.length > 1 || !onlyNullish) return undefined
      const copy = other[0]!
      return (value: unknown) => (value === null || value === undefined ? value : copy(value))
    }
    case "TupleType": {
      if (ast.elements.length > 0 || ast.rest.length !== 1) return undefined
      const element = copyOf(ast.rest[0]!.type)
      if (element === undefined) return undefined
      return element === same ? same : (values: ReadonlyArray<unknown>) => values.map(element)
    }
    case "TypeLiteral": {
      if (ast.indexSignatures.length > 0) return undefined
      const fields: Array<readonly [string, Copy, boolean]> = []
      for (const p of ast.propertySignatures) {
        const copy = copyOf(p.type)
        if (copy === undefined || typeof p.name !== "string") return undefined
        fields.push([p.name, copy, p.isOptional])
      }
      return (value: Record<string, unknown>) => {
        const out: Record<string, unknown> = {}
        for (const [name, copy, isOptional] of fields) {
          if (isOptional && !Object.hasOwn(value, name)) continue
          out[name] = copy(value[name])
        }
        return out
      }
    }
    case "Transformation":
      // A Schema.Class: its fields struct on the encoded side, the class on the type side; encoding reads the fields.
      return ast.to._tag === "Declaration" &&
        ast.from._tag === "TypeLiteral" &&
        ast.transformation._tag === "FinalTransformation" &&
        AST.getSurrogateAnnotation(ast)._tag === "Some"
        ? copyOf(ast.from)
        : undefined
    default:
      return undefined
  }
}

/** True when `schema`'s values are encoded by copying their declared fields (see above). */
export const isCopyEncoded = (schema: Schema.Schema<any, any, never>): boolean => copyOf(schema.ast) !== undefined

/** The encoder of a response schema: the compiled copy where it applies, Effect Schema's `encode` otherwise. */
export const responseEncoder = <A, I>(schema: Schema.Schema<A, I, never>): ((value: A) => Effect.Effect<I, ParseError>) => {
  const copy = copyOf(schema.ast)
  return copy === undefined ? Schema.encode(schema) : (value) => Effect.sync(() => copy(value) as I)
}
