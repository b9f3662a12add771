// PostgreSQL for the benchmark: a throw-away database (as the e2e harness
// makes them), migrated by the app's CLI, filled with a copy of a generated
// SQLite data set so both engines serve exactly the same rows.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { CLI_JS, ROOT } from './built.mjs';

export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const COPY_BATCH = 5000;

async function withClient(url, work) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Whether a PostgreSQL server answers at `adminUrl`. */
export async function reachable(adminUrl) {
  try {
    await withClient(adminUrl, (client) => client.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}

export async function createDatabase(adminUrl) {
  const name = `shortlist_bench_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

export function migrate(databaseUrl) {
  const result = spawnSync(process.execPath, [CLI_JS, 'migrate'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`cli migrate failed:\n${result.stdout}${result.stderr}`);
}

// Filled by the schema's own triggers as the rows they summarise are copied: copying them too would count twice.
const KEPT_BY_TRIGGERS = new Set(['pipeline_counts']);

/** Tables in an order that satisfies their foreign keys (parents first). */
function tablesInOrder(db) {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrations'`,
    )
    .all()
    .map((row) => row.name)
    .filter((name) => !KEPT_BY_TRIGGERS.has(name));
  const parents = new Map(
    tables.map((table) => [
      table,
      db
        .prepare(`PRAGMA foreign_key_list("${table}")`)
        .all()
        .map((fk) => fk.table)
        .filter((parent) => parent !== table),
    ]),
  );
  const ordered = [];
  const visit = (table) => {
    if (ordered.includes(table)) return;
    for (const parent of parents.get(table) ?? []) visit(parent);
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}

/** Copies every row of every table of a SQLite file into a migrated PostgreSQL database, then ANALYZEs it. */
export async function copyFromSqlite(file, databaseUrl) {
  const db = new Database(file, { readonly: true });
  try {
    await withClient(databaseUrl, async (client) => {
      for (const table of tablesInOrder(db)) {
        const { rows: columns } = await client.query(
          `SELECT column_name, udt_name FROM information_schema.columns
           WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
          [table],
        );
        const names = columns.map((c) => c.column_name);
        const convert = columns.map((c) =>
          c.udt_name === 'bool' ? (v) => (v === null ? null : Boolean(v)) : (v) => v,
        );
        const insert = `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')})
          SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.udt_name}[]`).join(', ')})`;
        let batch = [];
        const flush = async () => {
          if (batch.length === 0) return;
          await client.query(
            insert,
            names.map((_, i) => batch.map((row) => row[i])),
          );
          batch = [];
        };
        await client.query('BEGIN');
        const select = db.prepare(`SELECT ${names.map((n) => `"${n}"`).join(', ')} FROM "${table}"`).raw();
        for (const row of select.iterate()) {
          batch.push(row.map((value, i) => convert[i](value)));
          if (batch.length >= COPY_BATCH) await flush();
        }
        await flush();
        await client.query('COMMIT');
      }
      await client.query('ANALYZE');
    });
  } finally {
    db.close();
  }
}
