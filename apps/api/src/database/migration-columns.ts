import type { QueryRunner, TableColumnOptions } from 'typeorm';

/**
 * Column builders for migrations that run unchanged on SQLite and PostgreSQL:
 * engine-specific types and defaults come from the driver, the same way the
 * entity metadata gets them, so the migrated schema matches the entities.
 */
export function columns(queryRunner: QueryRunner) {
  const driver = queryRunner.connection.driver;
  const timestampType = driver.normalizeType({ type: Date });
  const types = driver.mappedDataTypes;
  return {
    id: (): TableColumnOptions => ({ name: 'id', type: driver.normalizeType({ type: 'uuid' }), isPrimary: true }),
    uuid: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: driver.normalizeType({ type: 'uuid' }),
      isNullable: nullable,
    }),
    varchar: (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    }),
    text: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
    /** An entity's `simple-json` column: JSON in a text column on both engines. */
    json: (name: string): TableColumnOptions => ({
      name,
      type: driver.normalizeType({ type: 'simple-json' }),
      isNullable: false,
    }),
    /** An entity's `float` column: double precision on PostgreSQL, REAL affinity on SQLite. */
    float: (name: string): TableColumnOptions => ({
      name,
      type: driver.normalizeType({ type: 'float' }),
      isNullable: false,
    }),
    integer: (name: string, defaultValue?: number): TableColumnOptions => ({
      name,
      type: driver.normalizeType({ type: 'int' }),
      isNullable: false,
      ...(defaultValue === undefined ? {} : { default: defaultValue }),
    }),
    boolean: (name: string, defaultValue?: boolean): TableColumnOptions => ({
      name,
      type: 'boolean',
      isNullable: false,
      ...(defaultValue === undefined
        ? {}
        : { default: driver.normalizeDefault({ default: defaultValue, type: 'boolean' } as never) }),
    }),
    timestamp: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: timestampType,
      isNullable: nullable,
    }),
    createdAt: (name = 'created_at'): TableColumnOptions => ({
      name,
      type: driver.normalizeType({ type: types.createDate }),
      precision: types.createDatePrecision,
      default: types.createDateDefault,
      isNullable: false,
    }),
    updatedAt: (name = 'updated_at'): TableColumnOptions => ({
      name,
      type: driver.normalizeType({ type: types.updateDate }),
      precision: types.updateDatePrecision,
      default: types.updateDateDefault,
      isNullable: false,
    }),
  };
}
