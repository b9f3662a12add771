import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { installSqliteSerializer } from './sqlite-serializer';

export function dataSourceOptions(database: AppConfig['database']): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, migrationsRun: false } as const;
  if (database.engine === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: database.url,
      extra: { max: 10, options: '-c jit=off' },
      applicationName: 'shortlist',
    };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.sqlitePath!,
    enableWAL: true,
    timeout: 5000,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('busy_timeout = 5000');
      // Erased candidates must not linger in free pages of the file.
      db.pragma('secure_delete = ON');
      db.pragma('synchronous = NORMAL');
    },
  };
}

/** Opens the database; on SQLite, makes sure the folder exists and serialises transactions. */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  const sqliteFile = options.type === 'better-sqlite3' ? options.database : undefined;
  // eslint-disable-next-line security/detect-non-literal-fs-filename -- the SQLite path comes from DATABASE_URL, the operator's setting
  if (sqliteFile && sqliteFile !== ':memory:') fs.mkdirSync(path.dirname(sqliteFile), { recursive: true });
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  if (options.type === 'better-sqlite3') installSqliteSerializer(dataSource);
  return dataSource;
}
