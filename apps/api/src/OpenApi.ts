/** The OpenAPI 3.1 description of the API, generated from the same endpoint list and domain schemas that serve the requests. */
import { JSONSchema, Schema, SchemaAST } from "effect"
import { wireQueryOf, type AnyEndpoint } from "./Endpoint.ts"
import { InternalErrorBody, InvalidQueryBody, NotFoundBody } from "./ErrorResponses.ts"

type JsonSchema = JSONSchema.JsonSchema7 | { readonly $ref: string }
type Definitions = Record<string, JSONSchema.JsonSchema7>

const DEFINITION_PATH = "#/components/schemas/"

const jsonSchemaOf = (ast: SchemaAST.AST, definitions: Definitions): JsonSchema =>
  JSONSchema.fromAST(ast, { definitions, definitionPath: DEFINITION_PATH, target: "openApi3.1" })

/** An optional field's type is `X | undefined`; a query parameter's schema is `X`. */
const withoutUndefined = (ast: SchemaAST.AST): SchemaAST.AST =>
  SchemaAST.isUnion(ast) ? SchemaAST.Union.make(ast.types.filter((t) => !SchemaAST.isUndefinedKeyword(t))) : ast

/** `/articles/:id` → `/articles/{id}`, and the names of its path parameters. */
const openApiPath = (path: string): { readonly path: string; readonly params: ReadonlyArray<string> } => {
  const params: Array<string> = []
  const converted = path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    params.push(name)
    return `{${name}}`
  })
  return { path: converted, params }
}

/** The query parameters, as the URL carries them: the encoded side of the query schema, refinements kept. */
const queryParameters = (endpoint: AnyEndpoint, definitions: Definitions) => {
  const ast = Schema.encodedBoundSchema(wireQueryOf(endpoint)).ast
  if (!SchemaAST.isTypeLiteral(ast)) return []
  return ast.propertySignatures.map((property) => ({
    name: String(property.name),
    in: "query",
    required: !property.isOptional,
    schema: jsonSchemaOf(withoutUndefined(property.type), definitions)
  }))
}

const jsonContent = (schema: JsonSchema) => ({ "application/json": { schema } })

const operationOf = (endpoint: AnyEndpoint, pathParams: ReadonlyArray<string>, definitions: Definitions) => ({
  summary: endpoint.summary,
  operationId: `get${endpoint.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
  parameters: [
    ...pathParams.map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
    ...queryParameters(endpoint, definitions)
  ],
  responses: {
    "200": {
      description: endpoint.csv === undefined ? "OK" : "OK; with `format=csv`, the same rows as CSV (a page's next cursor in `X-Next-Cursor`)",
      content: {
        ...jsonContent(jsonSchemaOf(endpoint.response.ast, definitions)),
        ...(endpoint.csv === undefined ? {} : { "text/csv": { schema: { type: "string" } } })
      }
    },
    "400": { description: "The query does not decode", content: jsonContent(jsonSchemaOf(InvalidQueryBody.ast, definitions)) },
    ...(pathParams.length > 0
      ? { "404": { description: "No entity with that id", content: jsonContent(jsonSchemaOf(NotFoundBody.ast, definitions)) } }
      : {}),
    "500": { description: "The server failed", content: jsonContent(jsonSchemaOf(InternalErrorBody.ast, definitions)) }
  }
})

/** The whole document; shared schemas (Article, Statement, …) land once in `components.schemas`. */
export const openApiDocument = (endpoints: ReadonlyArray<AnyEndpoint>, info: { readonly title: string; readonly version: string }) => {
  const definitions: Definitions = {}
  const paths: Record<string, { readonly get: ReturnType<typeof operationOf> }> = {}
  for (const endpoint of endpoints) {
    const { path, params } = openApiPath(endpoint.path)
    paths[path] = { get: operationOf(endpoint, params, definitions) }
  }
  return { openapi: "3.1.0", info, paths, components: { schemas: definitions } }
}
