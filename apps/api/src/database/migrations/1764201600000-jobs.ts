import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columns } from '../migration-columns';

const toJob = (table: string) =>
  new TableForeignKey({
    name: `FK_${table}_job_id`,
    columnNames: ['job_id'],
    referencedTableName: 'jobs',
    referencedColumnNames: ['id'],
    onDelete: 'CASCADE',
  });

/** Jobs with their rubric (checklist items), interview plan, red-flag types and rubric snapshots. */
export class Jobs1764201600000 implements MigrationInterface {
  name = 'Jobs1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'jobs',
        columns: [
          c.id(),
          c.varchar('slug', 100),
          c.varchar('title', 200),
          c.varchar('level', 16),
          c.varchar('status', 16),
          c.varchar('location', 200, true),
          c.varchar('employment_type', 200, true),
          c.text('summary', true),
          c.json('responsibilities'),
          c.json('perks'),
          c.json('tools'),
          c.json('guidance'),
          c.json('category_weights'),
          c.json('thresholds'),
          c.uuid('hiring_manager_id'),
          c.integer('rubric_version'),
          c.integer('version'),
          c.createdAt(),
          c.updatedAt(),
        ],
        indices: [
          new TableIndex({ name: 'UQ_jobs_slug', columnNames: ['slug'], isUnique: true }),
          new TableIndex({ name: 'IDX_jobs_status', columnNames: ['status'] }),
          new TableIndex({ name: 'IDX_jobs_hiring_manager_id', columnNames: ['hiring_manager_id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_jobs_hiring_manager_id',
            columnNames: ['hiring_manager_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'NO ACTION',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'checklist_items',
        columns: [
          c.id(),
          c.uuid('job_id'),
          c.varchar('category', 32),
          c.varchar('label', 500),
          c.float('weight'),
          c.boolean('must_have'),
          c.json('keywords'),
          c.json('anchors'),
          c.text('knockout_question', true),
          c.integer('position'),
          c.integer('added_in_version'),
          c.timestamp('retired_at', true),
        ],
        indices: [new TableIndex({ name: 'IDX_checklist_items_job_id', columnNames: ['job_id'] })],
        foreignKeys: [toJob('checklist_items')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'job_stages',
        columns: [
          c.id(),
          c.uuid('job_id'),
          c.varchar('name', 100),
          c.varchar('kind', 16),
          c.integer('position'),
          c.json('focus_item_ids'),
          c.json('guidance'),
          c.json('interviewer_ids'),
        ],
        indices: [new TableIndex({ name: 'IDX_job_stages_job_id', columnNames: ['job_id'] })],
        foreignKeys: [toJob('job_stages')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'red_flag_types',
        columns: [c.id(), c.uuid('job_id'), c.varchar('label', 500), c.json('linked_item_ids'), c.integer('position')],
        indices: [new TableIndex({ name: 'IDX_red_flag_types_job_id', columnNames: ['job_id'] })],
        foreignKeys: [toJob('red_flag_types')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rubric_versions',
        columns: [
          c.id(),
          c.uuid('job_id'),
          c.integer('version'),
          c.json('items'),
          c.uuid('created_by_id', true),
          c.createdAt(),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_rubric_versions_job_id_version',
            columnNames: ['job_id', 'version'],
            isUnique: true,
          }),
        ],
        foreignKeys: [
          toJob('rubric_versions'),
          new TableForeignKey({
            name: 'FK_rubric_versions_created_by_id',
            columnNames: ['created_by_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('rubric_versions');
    await queryRunner.dropTable('red_flag_types');
    await queryRunner.dropTable('job_stages');
    await queryRunner.dropTable('checklist_items');
    await queryRunner.dropTable('jobs');
  }
}
