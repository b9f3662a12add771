import type { DataSource } from 'typeorm';

/** Columns that change on reads by design, whose updates are not counted. */
const VOLATILE_COLUMNS: Record<string, readonly string[]> = {
  // Session idle expiry: refreshed at most once a minute by any authenticated request.
  sessions: ['last_used_at'],
};

const LOG = 'fuzz_row_changes';

/**
 * Records which tables a request wrote, with row triggers that append to a log
 * table: exact (a rolled-back write leaves no entry, as it leaves no row) and
 * cheap however large the tables grow, unlike hashing every row after every
 * request. On SQLite the triggers are TEMP (the app's one connection only); on
 * PostgreSQL they live in the throwaway test database and see every pooled connection.
 */
export class DatabaseWatch {
  private readonly sqlite: boolean;
  private installed = false;

  constructor(private readonly dataSource: DataSource) {
    this.sqlite = dataSource.options.type === 'better-sqlite3';
  }

  private async install(): Promise<void> {
    const q = (sql: string) => this.dataSource.query(sql);
    if (this.sqlite) await q(`CREATE TEMP TABLE ${LOG} (tbl TEXT NOT NULL, op TEXT NOT NULL)`);
    else {
      await q(`CREATE TABLE ${LOG} (tbl text NOT NULL, op text NOT NULL)`);
      await q(`CREATE FUNCTION ${LOG}_record() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO ${LOG} VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$`);
    }
    for (const metadata of this.dataSource.entityMetadatas) {
      const table = metadata.tableName;
      const volatile = VOLATILE_COLUMNS[table] ?? [];
      const watched = metadata.columns.map((c) => c.databaseName).filter((c) => !volatile.includes(c));
      const update = volatile.length ? `UPDATE OF ${watched.map((c) => `"${c}"`).join(', ')}` : 'UPDATE';
      for (const [op, event] of [
        ['insert', 'INSERT'],
        ['delete', 'DELETE'],
        ['update', update],
      ]) {
        const name = `${LOG}_${table}_${op}`;
        await q(
          this.sqlite
            ? `CREATE TEMP TRIGGER "${name}" AFTER ${event} ON main."${table}" BEGIN INSERT INTO ${LOG} VALUES ('${table}', '${op}'); END`
            : `CREATE TRIGGER "${name}" AFTER ${event} ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${LOG}_record()`,
        );
      }
    }
    this.installed = true;
  }

  /** Call before a request: forgets earlier writes. */
  async before(): Promise<void> {
    if (!this.installed) await this.install();
    await this.dataSource.query(`DELETE FROM ${LOG}`);
  }

  /** Call after the answer: the tables written since `before()` (empty when none). */
  async changedTables(): Promise<string[]> {
    const rows = (await this.dataSource.query(`SELECT DISTINCT tbl FROM ${LOG} ORDER BY tbl`)) as Array<{
      tbl: string;
    }>;
    return rows.map((row) => row.tbl);
  }
}
