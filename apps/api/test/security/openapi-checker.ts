import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { CatalogRoute } from './route-catalog';

export type Schema = Record<string, unknown>;
export interface OpenApiLike {
  components?: { schemas?: Record<string, unknown> };
}

const ROOT_ID = 'openapi.json';

/**
 * OpenAPI 3.0 schema → JSON Schema for Ajv: `#/components/...` references
 * point at the document registered under ROOT_ID, and `nullable: true`
 * becomes "null or the schema" (Ajv's own nullable ignores $ref, allOf and enum).
 */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const converted = Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => key !== 'nullable')
      .map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' && value.startsWith('#/')
          ? `${ROOT_ID}${value}`
          : toJsonSchema(value),
      ]),
  );
  return (schema as Schema).nullable === true ? { anyOf: [{ type: 'null' }, converted] } : converted;
}

/** Follows `$ref` and single-entry `allOf` (how @nestjs/swagger writes a typed property) to the schema itself. */
export function resolveSchema(document: OpenApiLike, schema: unknown): Schema {
  let current = schema as Schema;
  for (let hops = 0; hops < 20; hops++) {
    if (typeof current?.$ref === 'string') {
      const name = current.$ref.replace('#/components/schemas/', '');
      current = document.components?.schemas?.[name] as Schema;
    } else if (Array.isArray(current?.allOf) && current.allOf.length === 1) {
      current = { ...(current.allOf[0] as Schema), ...withoutKey(current, 'allOf') };
    } else {
      return current ?? {};
    }
  }
  throw new Error('$ref cycle');
}

const withoutKey = (schema: Schema, key: string): Schema =>
  Object.fromEntries(Object.entries(schema).filter(([k]) => k !== key));

export interface AnswerToCheck {
  status: number;
  contentType: string;
  body: string;
}

/**
 * Checks answers against the OpenAPI document with Ajv: a 2xx against the
 * operation's documented response, an error against the problem-details
 * schema the document declares.
 */
export class DocumentChecker {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiLike) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: ROOT_ID, components: toJsonSchema(document.components ?? {}) });
  }

  /** Undefined when the answer matches the document; otherwise why not. */
  check(route: Pick<CatalogRoute, 'operation' | 'method' | 'path'>, answer: AnswerToCheck): string | undefined {
    const responses = (route.operation.responses ?? {}) as Record<
      string,
      { content?: Record<string, { schema?: unknown }> }
    >;
    const status = String(answer.status);
    const documented = responses[status] ?? responses[`${status[0]}XX`] ?? responses.default;
    if (!documented) return `status ${status} is not documented for ${route.method.toUpperCase()} ${route.path}`;
    const mediaType = answer.contentType.split(';')[0].trim().toLowerCase();
    if (answer.status === 204 || answer.status === 304) {
      return answer.body.length ? `a ${status} carries a body` : undefined;
    }
    const content = documented.content;
    if (!content) return `no content is documented for ${status} of ${route.method.toUpperCase()} ${route.path}`;
    const media = content[mediaType];
    if (!media) return `answered ${mediaType || '(no content type)'}; documented: ${Object.keys(content).join(', ')}`;
    if (!mediaType.endsWith('json')) return undefined;
    let body: unknown;
    try {
      body = JSON.parse(answer.body);
    } catch {
      return `the ${mediaType} body is not JSON`;
    }
    const errors = this.validate(`${route.method} ${route.path} ${status} ${mediaType}`, media.schema ?? {}, body);
    return errors ? `body does not match the document: ${errors}` : undefined;
  }

  /** Checks a value against a named component schema, e.g. ProblemDetails. */
  checkComponent(name: string, value: unknown): string | undefined {
    if (!this.document.components?.schemas?.[name]) return `the document has no ${name} schema`;
    return this.validate(`#${name}`, { $ref: `#/components/schemas/${name}` }, value);
  }

  private validate(key: string, schema: unknown, value: unknown): string | undefined {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as Schema);
      this.compiled.set(key, validate);
    }
    if (validate(value)) return undefined;
    return describe(validate.errors ?? []);
  }
}

function describe(errors: ErrorObject[]): string {
  return errors
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(root)'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`)
    .join('; ');
}
