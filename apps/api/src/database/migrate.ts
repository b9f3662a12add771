import type { DataSource, Migration } from 'typeorm';
import { sqliteSerializerOf } from './sqlite-serializer';

// Arbitrary but fixed: every API process takes the same advisory lock.
const MIGRATION_LOCK_ID = 7_391_004;

/**
 * Applies pending migrations. On PostgreSQL an advisory lock lets several
 * replicas start at once without racing; on SQLite the serializer holds the
 * connection.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  const serializer = sqliteSerializerOf(dataSource);
  if (serializer) return serializer.exclusive(() => dataSource.runMigrations({ transaction: 'each' }));
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await lock.release();
  }
}
