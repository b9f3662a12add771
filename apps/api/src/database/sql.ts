import type { EntityManager } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';

/**
 * Hand-written, parameterised SQL for the hot write paths, where TypeORM's
 * query building and entity hydration cost more than the statement itself
 * (docs/PERFORMANCE.md). Statements are written once with PostgreSQL's `$1…$n`
 * placeholders; every value is bound, never inlined, so each statement text
 * is prepared once (TypeORM's SQLite driver inlines numbers into the text).
 */

const PLACEHOLDER = /\$(\d+)/g;

/**
 * better-sqlite3 binds `?` in order of appearance only: rewrites `$n` into
 * `?` and lists the values in that order (a `$n` may appear more than once).
 */
export function toSqlitePositional(sql: string, values: readonly unknown[]): [string, unknown[]] {
  const ordered: unknown[] = [];
  const text = sql.replace(PLACEHOLDER, (_, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= values.length) throw new RangeError(`no value for $${n}`);
    ordered.push(values[index]);
    return '?';
  });
  return [text, ordered];
}

function bound(m: EntityManager, sql: string, values: readonly unknown[]): [string, unknown[]] {
  if (m.connection.driver.options.type === 'postgres') return [sql, [...values]];
  const [text, ordered] = toSqlitePositional(sql, values);
  // Dates as TypeORM's SQLite driver stores them (UTC 'YYYY-MM-DD HH:MM:SS.SSS'); the runner binds booleans as 0/1.
  return [text, ordered.map((v) => (v instanceof Date ? DateUtils.mixedDateToUtcDatetimeString(v) : v))];
}

/** Rows of a SELECT, as the driver returns them (SQLite: booleans 0/1, timestamps text; PostgreSQL: bigint as text). */
export function selectRows<T>(m: EntityManager, sql: string, values: readonly unknown[] = []): Promise<T[]> {
  const [text, params] = bound(m, sql, values);
  return m.query(text, params) as Promise<T[]>;
}

/** An INSERT, UPDATE or DELETE; resolves to the number of rows it changed. */
export async function execute(m: EntityManager, sql: string, values: readonly unknown[] = []): Promise<number> {
  const [text, params] = bound(m, sql, values);
  const runner = m.queryRunner ?? m.connection.createQueryRunner();
  try {
    const result = await runner.query(text, params, true);
    return result.affected ?? 0;
  } finally {
    if (!m.queryRunner) await runner.release();
  }
}

/** `($1, $2, …), ($k, …)` for a multi-row INSERT of `rows` rows of `width` values each. */
export function valuesList(rows: number, width: number, first = 1): string {
  return Array.from(
    { length: rows },
    (_, r) => `(${Array.from({ length: width }, (_, c) => `$${first + r * width + c}`).join(', ')})`,
  ).join(', ');
}
