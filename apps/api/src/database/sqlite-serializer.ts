import { AsyncLocalStorage } from 'node:async_hooks';
import { Mutex } from 'async-mutex';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * TypeORM's better-sqlite3 driver shares ONE connection (one QueryRunner) across
 * every caller. Two overlapping `dataSource.transaction()` calls would nest as
 * savepoints, a plain query from another request would run inside someone
 * else's open transaction and read its uncommitted rows, and a rollback would
 * take unrelated acknowledged writes with it.
 *
 * The serializer gives the connection one owner at a time: `exclusive(fn)`
 * holds a mutex for the whole of fn, and every query issued outside the
 * owner's async context waits for the mutex. A transaction started outside
 * `exclusive` is refused, so no code path can slip past it.
 */
export class SqliteSerializer {
  private readonly mutex = new Mutex();
  private readonly owner = new AsyncLocalStorage<symbol>();
  private current: symbol | undefined;

  isOwner(): boolean {
    const store = this.owner.getStore();
    return store !== undefined && store === this.current;
  }

  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (this.isOwner()) return fn();
    return this.mutex.runExclusive(() => {
      const token = Symbol('sqlite-owner');
      this.current = token;
      return this.owner.run(token, fn).finally(() => {
        this.current = undefined;
      });
    });
  }

  install(queryRunner: QueryRunner): void {
    const query = queryRunner.query.bind(queryRunner);
    const startTransaction = queryRunner.startTransaction.bind(queryRunner);
    queryRunner.query = ((...args: Parameters<QueryRunner['query']>) =>
      this.isOwner() ? query(...args) : this.mutex.runExclusive(() => query(...args))) as QueryRunner['query'];
    queryRunner.startTransaction = (isolationLevel) => {
      if (!this.isOwner()) {
        return Promise.reject(
          new Error('SQLite write transactions must run through TransactionRunner (see sqlite-serializer.ts)'),
        );
      }
      return startTransaction(isolationLevel);
    };
  }
}

const serializers = new WeakMap<DataSource, SqliteSerializer>();

export function installSqliteSerializer(dataSource: DataSource): SqliteSerializer {
  const serializer = new SqliteSerializer();
  serializer.install(dataSource.createQueryRunner());
  serializers.set(dataSource, serializer);
  return serializer;
}

export function sqliteSerializerOf(dataSource: DataSource): SqliteSerializer | undefined {
  return serializers.get(dataSource);
}
