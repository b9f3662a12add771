import type { FieldError } from '@shortlist/contracts';

export const MAX_BODY_DEPTH = 32;

/**
 * Checks a parsed JSON body before validation: nesting deeper than class-transformer
 * can recurse safely, strings with lone UTF-16 surrogates (which crash some
 * validators and cannot be stored faithfully) and NUL characters (PostgreSQL
 * text cannot hold them) are refused with the field named.
 * Iterative, so hostile depth cannot overflow the stack here either.
 */
export function inspectBody(body: unknown, maxDepth = MAX_BODY_DEPTH): FieldError | undefined {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: body, path: '', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (!value.isWellFormed()) return { field: path || '(body)', message: 'contains malformed unicode' };
      if (value.includes('\u0000')) return { field: path || '(body)', message: 'contains a NUL character' };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return { field: path || '(body)', message: `is nested deeper than ${maxDepth} levels` };
    for (const [key, child] of Object.entries(value)) {
      if (!key.isWellFormed() || key.includes('\u0000')) {
        return { field: path || '(body)', message: 'has a key with malformed unicode or a NUL character' };
      }
      stack.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return undefined;
}
