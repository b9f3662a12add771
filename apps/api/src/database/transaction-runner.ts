import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { sqliteSerializerOf } from './sqlite-serializer';

/**
 * The one way to write. On PostgreSQL a plain transaction; on SQLite the same,
 * holding the connection exclusively so concurrent requests neither see
 * uncommitted rows nor lose acknowledged ones.
 */
@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const serializer = sqliteSerializerOf(this.dataSource);
    const transaction = () => this.dataSource.transaction(work);
    return serializer ? serializer.exclusive(transaction) : transaction();
  }
}
