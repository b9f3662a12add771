import {
  MigrationInterface,
  QueryRunner,
  Table,
  TableColumn,
  TableColumnOptions,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { columns } from '../migration-columns';

const foreignKey = (table: string, column: string, referenced: string, onDelete: string) =>
  new TableForeignKey({
    name: `FK_${table}_${column}`,
    columnNames: [column],
    referencedTableName: referenced,
    referencedColumnNames: ['id'],
    onDelete,
  });

/**
 * Candidates (with their résumé files), applications with their stage history,
 * CSV imports, the public form's rate-limit log, and the jobs' rejection
 * settings.
 */
export class Candidates1764806400000 implements MigrationInterface {
  name = 'Candidates1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const driver = queryRunner.connection.driver;
    const nullableJson = (name: string): TableColumnOptions => ({ ...c.json(name), isNullable: true });
    const nullableFloat = (name: string): TableColumnOptions => ({ ...c.float(name), isNullable: true });

    await queryRunner.addColumns('jobs', [
      new TableColumn(nullableJson('rejection_reasons')),
      new TableColumn(c.boolean('auto_reject_on_knockout', false)),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'candidates',
        columns: [
          c.id(),
          c.varchar('name', 200),
          c.varchar('email', 320),
          c.varchar('phone', 50, true),
          c.varchar('source', 32),
          c.json('tags'),
          c.json('links'),
          c.text('resume_text', true),
          c.varchar('name_key', 200),
          c.text('tags_key'),
          c.text('skills_key'),
          c.integer('version'),
          c.createdAt(),
          c.updatedAt(),
        ],
        indices: [new TableIndex({ name: 'UQ_candidates_email', columnNames: ['email'], isUnique: true })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'resume_files',
        columns: [
          c.id(),
          c.uuid('candidate_id'),
          c.varchar('file_name', 255),
          c.varchar('mime_type', 100),
          c.integer('size_bytes'),
          c.text('content_base64'),
          c.timestamp('uploaded_at'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_resume_files_candidate_id', columnNames: ['candidate_id'], isUnique: true }),
        ],
        foreignKeys: [foreignKey('resume_files', 'candidate_id', 'candidates', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'applications',
        columns: [
          c.id(),
          c.uuid('job_id'),
          c.uuid('candidate_id'),
          c.uuid('stage_id'),
          c.varchar('status', 16),
          nullableJson('rejection'),
          c.json('knockout_answers'),
          c.boolean('knockout_flag', false),
          nullableJson('screening'),
          nullableFloat('screen_score'),
          nullableFloat('score'),
          { ...c.float('coverage'), default: 0 },
          { ...c.varchar('gates', 16), default: driver.normalizeDefault({ default: 'pending' } as never) },
          c.varchar('proposal', 32, true),
          c.integer('red_flag_count', 0),
          c.json('tags'),
          c.text('tags_key'),
          c.timestamp('applied_at'),
          c.timestamp('stage_entered_at'),
          c.integer('version'),
          c.createdAt(),
          c.updatedAt(),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_applications_candidate_job',
            columnNames: ['candidate_id', 'job_id'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'IDX_applications_job_stage_status',
            columnNames: ['job_id', 'stage_id', 'status'],
          }),
          new TableIndex({ name: 'IDX_applications_candidate_id', columnNames: ['candidate_id'] }),
        ],
        foreignKeys: [
          foreignKey('applications', 'job_id', 'jobs', 'CASCADE'),
          foreignKey('applications', 'candidate_id', 'candidates', 'CASCADE'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'stage_moves',
        columns: [
          c.id(),
          c.uuid('application_id'),
          c.uuid('from_stage_id', true),
          c.uuid('to_stage_id', true),
          c.varchar('from_status', 16, true),
          c.varchar('to_status', 16),
          c.uuid('actor_id', true),
          c.text('note', true),
          c.text('reason', true),
          c.timestamp('at'),
        ],
        indices: [new TableIndex({ name: 'IDX_stage_moves_application_id', columnNames: ['application_id'] })],
        foreignKeys: [
          foreignKey('stage_moves', 'application_id', 'applications', 'CASCADE'),
          foreignKey('stage_moves', 'actor_id', 'users', 'SET NULL'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'candidate_imports',
        columns: [
          c.id(),
          c.varchar('status', 16),
          c.integer('total'),
          c.integer('processed'),
          c.json('errors'),
          nullableJson('result'),
          c.uuid('job_id', true),
          c.uuid('created_by_id', true),
          c.createdAt(),
          c.updatedAt(),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'public_application_attempts',
        columns: [c.id(), c.varchar('ip', 64), c.createdAt()],
        indices: [
          new TableIndex({
            name: 'IDX_public_application_attempts_ip_created',
            columnNames: ['ip', 'created_at'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('public_application_attempts');
    await queryRunner.dropTable('candidate_imports');
    await queryRunner.dropTable('stage_moves');
    await queryRunner.dropTable('applications');
    await queryRunner.dropTable('resume_files');
    await queryRunner.dropTable('candidates');
    await queryRunner.dropColumn('jobs', 'auto_reject_on_knockout');
    await queryRunner.dropColumn('jobs', 'rejection_reasons');
  }
}
