import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { sqliteSerializerOf } from './sqlite-serializer';

const commitHooks = new WeakMap<EntityManager, Array<() => void>>();

/**
 * Runs `hook` once the transaction that `manager` belongs to has committed
 * (never if it rolls back): for telling the world about a change only when it
 * is durable.
 */
export function afterCommit(manager: EntityManager, hook: () => void): void {
  const hooks = commitHooks.get(manager);
  if (!hooks) throw new Error('afterCommit needs a manager from TransactionRunner.run');
  hooks.push(hook);
}

/**
 * The one way to write. On PostgreSQL a plain transaction; on SQLite the same,
 * holding the connection exclusively so concurrent requests neither see
 * uncommitted rows nor lose acknowledged ones.
 */
@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const hooks: Array<() => void> = [];
    const serializer = sqliteSerializerOf(this.dataSource);
    const transaction = () =>
      this.dataSource.transaction((manager) => {
        commitHooks.set(manager, hooks);
        return work(manager);
      });
    const result = await (serializer ? serializer.exclusive(transaction) : transaction());
    for (const hook of hooks) hook();
    return result;
  }
}
