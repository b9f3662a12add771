import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columns } from '../migration-columns';

const BOARD_COLUMNS = ['job_id', 'stage_id', 'status'];

/**
 * Serves the first page of every board stage from an index in board order, so
 * the board costs the same at 500 or 50,000 applications (issue 7):
 *
 * - `applications.name_key`, the candidate's name key copied onto the
 *   application (the board's tie-break), kept true by triggers whoever changes
 *   a candidate's name (edit, import, public form, erasure);
 * - one index per board sort (score, days in stage, name), each led by
 *   job, stage and status; on PostgreSQL the score index sorts nulls last as
 *   the board does (SQLite already puts nulls last when descending);
 * - `pipeline_counts`, applications per job × stage × status, kept by
 *   triggers, so the unfiltered counts read a dozen rows instead of counting
 *   every application of the job;
 * - on SQLite, `screening` (~7 KB of JSON) moved to the end of the row: a
 *   column after it is read by walking the row's overflow pages, and the
 *   board reads the columns that followed it (PostgreSQL stores such values
 *   out of line by itself).
 *
 * The triggers belong to the tables: rebuilding `applications` or `candidates`
 * on SQLite (TypeORM's `changeColumn`/`addColumn` copy the table) drops them,
 * and such a migration must create them again.
 */
export class BoardOrder1766620800000 implements MigrationInterface {
  name = 'BoardOrder1766620800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const c = columns(queryRunner);

    await queryRunner.query(`ALTER TABLE "applications" ADD COLUMN "name_key" varchar(200) NOT NULL DEFAULT ('')`);
    const nameKeyOfCandidate = `(SELECT "name_key" FROM "candidates" WHERE "candidates"."id" = "applications"."candidate_id")`;
    if (postgres) {
      await queryRunner.query(`UPDATE "applications" SET "name_key" = ${nameKeyOfCandidate}`);
    } else {
      // ADD COLUMN appends, so copy into a new column, drop the old one and rename: `screening` ends up last
      // with ALTER TABLE alone (TypeORM's addColumn would copy the whole table into a new one).
      await queryRunner.query(`ALTER TABLE "applications" ADD COLUMN "screening_last" text`);
      await queryRunner.query(
        `UPDATE "applications" SET "name_key" = ${nameKeyOfCandidate}, "screening_last" = "screening"`,
      );
      await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "screening"`);
      await queryRunner.query(`ALTER TABLE "applications" RENAME COLUMN "screening_last" TO "screening"`);
    }

    await queryRunner.dropIndex('applications', 'IDX_applications_job_stage_status');
    const nullsLast = postgres ? ' NULLS LAST' : '';
    await queryRunner.query(
      `CREATE INDEX "IDX_applications_board_score" ON "applications" ("job_id", "stage_id", "status",
       "score" DESC${nullsLast}, "screen_score" DESC${nullsLast}, "name_key", "id")`,
    );
    await queryRunner.createIndex(
      'applications',
      new TableIndex({
        name: 'IDX_applications_board_days',
        columnNames: [...BOARD_COLUMNS, 'stage_entered_at', 'name_key', 'id'],
      }),
    );
    await queryRunner.createIndex(
      'applications',
      new TableIndex({ name: 'IDX_applications_board_name', columnNames: [...BOARD_COLUMNS, 'name_key', 'id'] }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'pipeline_counts',
        columns: [
          { ...c.uuid('job_id'), isPrimary: true },
          { ...c.uuid('stage_id'), isPrimary: true },
          { ...c.varchar('status', 16), isPrimary: true },
          c.integer('n'),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_pipeline_counts_job_id',
            columnNames: ['job_id'],
            referencedTableName: 'jobs',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO "pipeline_counts" ("job_id", "stage_id", "status", "n")
       SELECT "job_id", "stage_id", "status", COUNT(*) FROM "applications" GROUP BY "job_id", "stage_id", "status"`,
    );

    for (const statement of postgres ? POSTGRES_TRIGGERS : SQLITE_TRIGGERS) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    if (postgres) {
      await queryRunner.query('DROP TRIGGER "pipeline_counts_track" ON "applications"');
      await queryRunner.query('DROP TRIGGER "applications_name_key" ON "applications"');
      await queryRunner.query('DROP TRIGGER "candidates_name_key" ON "candidates"');
      await queryRunner.query('DROP FUNCTION "pipeline_counts_track"()');
      await queryRunner.query('DROP FUNCTION "applications_name_key"()');
      await queryRunner.query('DROP FUNCTION "candidates_name_key"()');
    } else {
      for (const trigger of SQLITE_TRIGGER_NAMES) await queryRunner.query(`DROP TRIGGER "${trigger}"`);
    }
    await queryRunner.dropTable('pipeline_counts');
    await queryRunner.dropIndex('applications', 'IDX_applications_board_name');
    await queryRunner.dropIndex('applications', 'IDX_applications_board_days');
    await queryRunner.query('DROP INDEX "IDX_applications_board_score"');
    await queryRunner.createIndex(
      'applications',
      new TableIndex({ name: 'IDX_applications_job_stage_status', columnNames: BOARD_COLUMNS }),
    );
    // On SQLite `screening` stays last: the column order is not part of the schema the entities describe.
    await queryRunner.query('ALTER TABLE "applications" DROP COLUMN "name_key"');
  }
}

const SQLITE_TRIGGER_NAMES = [
  'applications_name_key_insert',
  'applications_name_key_candidate',
  'candidates_name_key',
  'pipeline_counts_insert',
  'pipeline_counts_delete',
  'pipeline_counts_update',
];

const count = (row: 'NEW' | 'OLD', delta: 1 | -1) =>
  delta === 1
    ? `INSERT INTO "pipeline_counts" ("job_id", "stage_id", "status", "n")
       VALUES (${row}."job_id", ${row}."stage_id", ${row}."status", 1)
       ON CONFLICT ("job_id", "stage_id", "status") DO UPDATE SET "n" = "pipeline_counts"."n" + 1;`
    : `UPDATE "pipeline_counts" SET "n" = "n" - 1
       WHERE "job_id" = ${row}."job_id" AND "stage_id" = ${row}."stage_id" AND "status" = ${row}."status";`;

// COALESCE: with no such candidate the foreign key, not NOT NULL, reports the error.
const candidateNameKey = `COALESCE((SELECT "name_key" FROM "candidates" WHERE "id" = NEW."candidate_id"), '')`;

// SQLite's triggers cannot assign NEW, so a new row gets its name key by an UPDATE — only when it lacks it.
const SQLITE_TRIGGERS = [
  ...['INSERT', 'UPDATE OF "candidate_id"'].map(
    (event, i) =>
      `CREATE TRIGGER "${SQLITE_TRIGGER_NAMES[i]}" AFTER ${event} ON "applications"
       WHEN NEW."name_key" IS NOT ${candidateNameKey}
       BEGIN UPDATE "applications" SET "name_key" = ${candidateNameKey} WHERE "id" = NEW."id"; END`,
  ),
  `CREATE TRIGGER "candidates_name_key" AFTER UPDATE OF "name_key" ON "candidates"
   WHEN NEW."name_key" IS NOT OLD."name_key"
   BEGIN UPDATE "applications" SET "name_key" = NEW."name_key" WHERE "candidate_id" = NEW."id"; END`,
  `CREATE TRIGGER "pipeline_counts_insert" AFTER INSERT ON "applications" BEGIN ${count('NEW', 1)} END`,
  `CREATE TRIGGER "pipeline_counts_delete" AFTER DELETE ON "applications" BEGIN ${count('OLD', -1)} END`,
  `CREATE TRIGGER "pipeline_counts_update" AFTER UPDATE OF "job_id", "stage_id", "status" ON "applications"
   WHEN NEW."job_id" IS NOT OLD."job_id" OR NEW."stage_id" IS NOT OLD."stage_id" OR NEW."status" IS NOT OLD."status"
   BEGIN ${count('OLD', -1)} ${count('NEW', 1)} END`,
];

const POSTGRES_TRIGGERS = [
  `CREATE FUNCTION "applications_name_key"() RETURNS trigger AS $$
   BEGIN NEW."name_key" := ${candidateNameKey}; RETURN NEW; END $$ LANGUAGE plpgsql`,
  `CREATE TRIGGER "applications_name_key" BEFORE INSERT OR UPDATE OF "candidate_id" ON "applications"
   FOR EACH ROW EXECUTE FUNCTION "applications_name_key"()`,
  `CREATE FUNCTION "candidates_name_key"() RETURNS trigger AS $$
   BEGIN UPDATE "applications" SET "name_key" = NEW."name_key" WHERE "candidate_id" = NEW."id"; RETURN NULL; END
   $$ LANGUAGE plpgsql`,
  `CREATE TRIGGER "candidates_name_key" AFTER UPDATE OF "name_key" ON "candidates"
   FOR EACH ROW WHEN (NEW."name_key" IS DISTINCT FROM OLD."name_key") EXECUTE FUNCTION "candidates_name_key"()`,
  // A move takes two counter rows; taking them in key order keeps two opposite moves from deadlocking.
  `CREATE FUNCTION "pipeline_counts_track"() RETURNS trigger AS $$
   BEGIN
     IF TG_OP = 'INSERT' THEN ${count('NEW', 1)}
     ELSIF TG_OP = 'DELETE' THEN ${count('OLD', -1)}
     ELSIF (OLD."job_id", OLD."stage_id", OLD."status") IS NOT DISTINCT FROM (NEW."job_id", NEW."stage_id", NEW."status") THEN
       NULL;
     ELSIF (OLD."job_id", OLD."stage_id", OLD."status") < (NEW."job_id", NEW."stage_id", NEW."status") THEN
       ${count('OLD', -1)} ${count('NEW', 1)}
     ELSE
       ${count('NEW', 1)} ${count('OLD', -1)}
     END IF;
     RETURN NULL;
   END $$ LANGUAGE plpgsql`,
  `CREATE TRIGGER "pipeline_counts_track" AFTER INSERT OR DELETE OR UPDATE OF "job_id", "stage_id", "status"
   ON "applications" FOR EACH ROW EXECUTE FUNCTION "pipeline_counts_track"()`,
];
