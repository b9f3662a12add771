import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildOpenApiDocument } from '../../src/app.factory';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
const METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
type Operation = NonNullable<OpenApiDocument['paths'][string]['get']>;

export interface CatalogRoute {
  method: HttpMethod;
  /** As the OpenAPI document writes it: `/api/jobs/{id}`. */
  path: string;
  /** As Fastify registers it: `/api/jobs/:id`. */
  routerPath: string;
  operation: Operation;
  /** Whether the operation documents a request body. */
  acceptsBody: boolean;
  mutating: boolean;
}

/** Every operation of the OpenAPI document, the list the security suites iterate. */
export function routeCatalog(app: NestFastifyApplication): { document: OpenApiDocument; routes: CatalogRoute[] } {
  const document = buildOpenApiDocument(app);
  const routes: CatalogRoute[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      routes.push({
        method,
        path,
        routerPath: path.replace(/\{([^}]+)\}/g, ':$1'),
        operation,
        acceptsBody: operation.requestBody !== undefined,
        mutating: method !== 'get',
      });
    }
  }
  return { document, routes };
}

/**
 * The API routes Fastify actually serves (`METHOD /api/...`), so a suite can
 * fail when a route is missing from the document it iterates.
 */
export function servedApiRoutes(app: NestFastifyApplication): string[] {
  const served = new Set<string>();
  const fastify = app.getHttpAdapter().getInstance();
  const tree = fastify.printRoutes({ commonPrefix: false, includeMeta: false });
  // printRoutes draws a tree; rebuild full paths from its indentation.
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)(?:├── |└── )(.+?) \(([A-Z, ]+)\)$|^([│ ]*)(?:├── |└── )(.+)$/.exec(line);
    if (!match) continue;
    const indent = (match[1] ?? match[4]).length / 4;
    const segment = match[2] ?? match[5];
    stack.length = indent;
    stack[indent] = segment;
    if (match[3]) {
      const full = stack.join('');
      if (!full.startsWith('/api/')) continue;
      for (const method of match[3].split(',').map((m) => m.trim())) {
        if (method === 'HEAD' || method === 'OPTIONS') continue;
        served.add(`${method} ${full}`);
      }
    }
  }
  return [...served].sort();
}
