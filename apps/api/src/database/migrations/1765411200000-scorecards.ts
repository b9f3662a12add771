import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';
import { columns } from '../migration-columns';

const foreignKey = (table: string, column: string, referenced: string, onDelete: string, name = column) =>
  new TableForeignKey({
    name: `FK_${table}_${name}`,
    columnNames: [column],
    referencedTableName: referenced,
    referencedColumnNames: ['id'],
    onDelete,
  });

/** Interviewer assignments, scorecards (ratings, red flags, revisions), decisions and notes. */
export class Scorecards1765411200000 implements MigrationInterface {
  name = 'Scorecards1765411200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const nullableFloat = (name: string): TableColumnOptions => ({ ...c.float(name), isNullable: true });

    await queryRunner.createTable(
      new Table({
        name: 'application_interviewers',
        columns: [c.id(), c.uuid('application_id'), c.uuid('user_id'), c.uuid('stage_id')],
        indices: [
          new TableIndex({
            name: 'UQ_application_interviewers_triple',
            columnNames: ['application_id', 'user_id', 'stage_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'IDX_application_interviewers_user_id', columnNames: ['user_id'] }),
        ],
        foreignKeys: [
          foreignKey('application_interviewers', 'application_id', 'applications', 'CASCADE'),
          foreignKey('application_interviewers', 'user_id', 'users', 'CASCADE'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'scorecards',
        columns: [
          c.id(),
          c.uuid('application_id'),
          c.uuid('stage_id'),
          c.uuid('interviewer_id'),
          c.varchar('status', 16),
          c.integer('version'),
          c.integer('rubric_version'),
          c.varchar('recommendation', 16, true),
          c.text('takeaways', true),
          c.timestamp('submitted_at', true),
          c.boolean('revised_after_seeing_others', false),
          c.createdAt(),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_scorecards_application_stage_interviewer',
            columnNames: ['application_id', 'stage_id', 'interviewer_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'IDX_scorecards_interviewer_id', columnNames: ['interviewer_id'] }),
        ],
        foreignKeys: [
          foreignKey('scorecards', 'application_id', 'applications', 'CASCADE'),
          foreignKey('scorecards', 'interviewer_id', 'users', 'CASCADE'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'scorecard_ratings',
        columns: [
          c.id(),
          c.uuid('scorecard_id'),
          c.uuid('item_id'),
          c.varchar('value', 16, true),
          c.text('note', true),
        ],
        indices: [new TableIndex({ name: 'IDX_scorecard_ratings_scorecard_id', columnNames: ['scorecard_id'] })],
        foreignKeys: [foreignKey('scorecard_ratings', 'scorecard_id', 'scorecards', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'scorecard_red_flags',
        columns: [
          c.id(),
          c.uuid('scorecard_id'),
          c.uuid('type_id'),
          c.varchar('severity', 16),
          c.text('evidence', true),
        ],
        indices: [new TableIndex({ name: 'IDX_scorecard_red_flags_scorecard_id', columnNames: ['scorecard_id'] })],
        foreignKeys: [foreignKey('scorecard_red_flags', 'scorecard_id', 'scorecards', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'scorecard_revisions',
        columns: [
          c.id(),
          c.uuid('scorecard_id'),
          c.integer('revision'),
          c.json('snapshot'),
          c.boolean('after_seeing_others', false),
          c.createdAt(),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_scorecard_revisions_scorecard_revision',
            columnNames: ['scorecard_id', 'revision'],
            isUnique: true,
          }),
        ],
        foreignKeys: [foreignKey('scorecard_revisions', 'scorecard_id', 'scorecards', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'decisions',
        columns: [
          c.id(),
          c.uuid('application_id'),
          c.uuid('decided_by', true),
          c.varchar('decision', 16),
          c.varchar('proposal_at_time', 32, true),
          nullableFloat('score_at_time'),
          c.text('reason', true),
          c.boolean('override', false),
          c.createdAt(),
        ],
        indices: [new TableIndex({ name: 'IDX_decisions_application_id', columnNames: ['application_id'] })],
        foreignKeys: [
          foreignKey('decisions', 'application_id', 'applications', 'CASCADE'),
          foreignKey('decisions', 'decided_by', 'users', 'SET NULL'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'application_notes',
        columns: [
          c.id(),
          c.uuid('application_id'),
          c.uuid('author_id'),
          c.text('body'),
          c.uuid('item_id', true),
          c.uuid('red_flag_type_id', true),
          c.createdAt(),
        ],
        indices: [new TableIndex({ name: 'IDX_application_notes_application_id', columnNames: ['application_id'] })],
        foreignKeys: [
          foreignKey('application_notes', 'application_id', 'applications', 'CASCADE'),
          foreignKey('application_notes', 'author_id', 'users', 'CASCADE'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'application_notes',
      'decisions',
      'scorecard_revisions',
      'scorecard_red_flags',
      'scorecard_ratings',
      'scorecards',
      'application_interviewers',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
