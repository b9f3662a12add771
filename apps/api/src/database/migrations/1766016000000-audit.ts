import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columns } from '../migration-columns';

const APPEND_ONLY = 'audit_events is append-only';

/**
 * The hash-chained audit log, which the database itself keeps append-only,
 * and the mark an erased candidate keeps.
 */
export class Audit1766016000000 implements MigrationInterface {
  name = 'Audit1766016000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const nullableJson = (name: string) => ({ ...c.json(name), isNullable: true });
    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          c.id(),
          c.integer('seq'),
          c.timestamp('at'),
          c.uuid('actor_id', true),
          c.varchar('action', 64),
          c.varchar('entity_type', 32),
          c.varchar('entity_id', 64, true),
          c.uuid('job_id', true),
          c.uuid('application_id', true),
          nullableJson('before'),
          nullableJson('after'),
          c.varchar('prev_hash', 64),
          c.varchar('hash', 64),
        ],
        indices: [
          new TableIndex({ name: 'UQ_audit_events_seq', columnNames: ['seq'], isUnique: true }),
          new TableIndex({ name: 'IDX_audit_events_actor_id', columnNames: ['actor_id'] }),
          new TableIndex({ name: 'IDX_audit_events_action', columnNames: ['action'] }),
          new TableIndex({ name: 'IDX_audit_events_entity_id', columnNames: ['entity_id'] }),
          new TableIndex({ name: 'IDX_audit_events_job_id', columnNames: ['job_id'] }),
          new TableIndex({ name: 'IDX_audit_events_application_id', columnNames: ['application_id'] }),
        ],
      }),
    );
    if (queryRunner.connection.driver.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
         BEGIN RAISE EXCEPTION '${APPEND_ONLY}'; END $$ LANGUAGE plpgsql`,
      );
      await queryRunner.query(
        `CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
         FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
         FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
      );
    } else {
      for (const operation of ['UPDATE', 'DELETE']) {
        await queryRunner.query(
          `CREATE TRIGGER audit_events_no_${operation.toLowerCase()} BEFORE ${operation} ON audit_events
           BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
        );
      }
    }
    await queryRunner.addColumn('candidates', new TableColumn(c.timestamp('erased_at', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('candidates', 'erased_at');
    await queryRunner.dropTable('audit_events');
    if (queryRunner.connection.driver.options.type === 'postgres') {
      await queryRunner.query('DROP FUNCTION IF EXISTS audit_events_append_only()');
    }
  }
}
