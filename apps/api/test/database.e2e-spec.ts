import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { LoginFailure } from '../src/auth/login-failure.entity';
import { dataSourceOptions, openDataSource } from '../src/database/data-source';
import { runMigrations } from '../src/database/migrate';
import { TransactionRunner } from '../src/database/transaction-runner';
import { parseDatabaseUrl } from '../src/config/config';
import { createTestDatabase, engine, TestDatabase } from './harness';

describe(`storage on ${engine()}`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(dataSourceOptions(parseDatabaseUrl(database.url)));
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('builds, with the migrations alone, exactly the schema the entities describe', async () => {
    const applied = await runMigrations(dataSource);
    expect(applied.length).toBeGreaterThan(0);
    const diff = await dataSource.driver.createSchemaBuilder().log();
    expect(diff.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('runs no migration twice', async () => {
    expect(await runMigrations(dataSource)).toEqual([]);
  });

  it('keeps every acknowledged write of 100 overlapping transactions and none of a failing one', async () => {
    const tx = new TransactionRunner(dataSource);
    const failures = dataSource.getRepository(LoginFailure);
    const row = (emailKey: string, ip: string) => ({ ...new LoginFailure(), emailKey, ip, createdAt: new Date() });
    let sawDoomed = 0;
    let reading = true;
    const reader = (async () => {
      while (reading) {
        sawDoomed += await failures.countBy({ emailKey: 'doomed' });
        await sleep(0);
      }
    })();
    const writes = Array.from({ length: 100 }, (_, i) =>
      tx.run(async (m) => {
        await m.insert(LoginFailure, row(`writer-${i}`, 'first'));
        await sleep(i % 7);
        await m.insert(LoginFailure, row(`writer-${i}`, 'second'));
        return i;
      }),
    );
    const doomed = tx.run(async (m) => {
      await m.insert(LoginFailure, row('doomed', 'first'));
      await sleep(3);
      await m.insert(LoginFailure, row('doomed', 'second'));
      throw new Error('deliberate failure');
    });
    const results = await Promise.allSettled([...writes, doomed]);
    reading = false;
    await reader;

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(100);
    expect(results[100]).toMatchObject({ status: 'rejected', reason: { message: 'deliberate failure' } });
    const rows = await failures.find();
    for (let i = 0; i < 100; i += 1) {
      expect(
        rows
          .filter((r) => r.emailKey === `writer-${i}`)
          .map((r) => r.ip)
          .sort(),
      ).toEqual(['first', 'second']);
    }
    expect(rows.filter((r) => r.emailKey === 'doomed')).toEqual([]);
    expect(sawDoomed).toBe(0);
  });

  if (engine() === 'sqlite') {
    it('runs SQLite with WAL, foreign keys, a busy timeout and secure delete', async () => {
      const [journal] = await dataSource.query('PRAGMA journal_mode');
      const [fk] = await dataSource.query('PRAGMA foreign_keys');
      const [busy] = await dataSource.query('PRAGMA busy_timeout');
      const [secure] = await dataSource.query('PRAGMA secure_delete');
      expect(journal.journal_mode).toBe('wal');
      expect(fk.foreign_keys).toBe(1);
      expect(busy.timeout).toBe(5000);
      expect(secure.secure_delete).toBe(1);
    });

    it('refuses a write transaction that bypasses the serializer', async () => {
      await expect(
        dataSource.transaction((m) => m.insert(LoginFailure, { ...new LoginFailure(), emailKey: 'x', ip: 'y' })),
      ).rejects.toThrow(/TransactionRunner/);
    });
  }
});
