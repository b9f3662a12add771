import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidate search from text indexes instead of a scan of every candidate.
 *
 * SQLite: two FTS5 tables over a view of the candidates that are not erased,
 * kept true by triggers on `candidates` (so every writer — create, update, CSV
 * import, public form, erasure — updates them without knowing they exist):
 * - `candidate_search_names`, trigram: name and email by substring, the exact
 *   tag (`|tag|` in `tags_key`);
 * - `candidate_search_words`, words: the résumé's words and the tags as words.
 * Both are external-content tables keyed by the candidate's rowid, so neither
 * keeps a copy of the text, and 'secure-delete' removes an erased person's
 * entries from the index pages at once instead of leaving them for a merge.
 * A later migration that rebuilds `candidates` (new rowids) must end with
 * `INSERT INTO candidate_search_names(candidate_search_names) VALUES ('rebuild')`
 * and the same for `candidate_search_words`.
 *
 * The order of a search page comes from a partial index on (name_key, id).
 * SQLite also moves `skills_key` and `resume_text` (3 KB each) to the end of
 * the row, so the short columns a list reads sit on the row's first page.
 *
 * PostgreSQL: pg_trgm GIN indexes serve the same LIKE patterns.
 */
export class CandidateSearch1766707200000 implements MigrationInterface {
  name = 'CandidateSearch1766707200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'postgres') {
      await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
      await queryRunner.query(`ALTER TABLE "candidates" ALTER COLUMN "skills_key" SET DEFAULT ' '`);
      for (const column of TRIGRAM_COLUMNS) {
        await queryRunner.query(
          `CREATE INDEX "IDX_candidates_${column}_trgm" ON "candidates" USING gin ("${column}" gin_trgm_ops)`,
        );
      }
    } else {
      // ADD COLUMN puts a column last; copy, drop the old one and rename: no table rebuild, rowids kept.
      for (const [column, definition] of [
        ['skills_key', `text NOT NULL DEFAULT ' '`],
        ['resume_text', 'text'],
      ]) {
        await queryRunner.query(`ALTER TABLE "candidates" ADD COLUMN "${column}_moved" ${definition}`);
        await queryRunner.query(`UPDATE "candidates" SET "${column}_moved" = "${column}"`);
        await queryRunner.query(`ALTER TABLE "candidates" DROP COLUMN "${column}"`);
        await queryRunner.query(`ALTER TABLE "candidates" RENAME COLUMN "${column}_moved" TO "${column}"`);
      }
      for (const statement of SQLITE_SEARCH) await queryRunner.query(statement);
    }
    await queryRunner.query(
      `CREATE INDEX "IDX_candidates_name_key" ON "candidates" ("name_key", "id") WHERE "erased_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_candidates_name_key"`);
    if (queryRunner.connection.driver.options.type === 'postgres') {
      for (const column of TRIGRAM_COLUMNS) await queryRunner.query(`DROP INDEX "IDX_candidates_${column}_trgm"`);
      await queryRunner.query(`ALTER TABLE "candidates" ALTER COLUMN "skills_key" DROP DEFAULT`);
    } else {
      // The moved columns stay last: the order of columns is no part of the schema the entities describe.
      for (const trigger of ['inserted', 'updating', 'updated', 'deleted']) {
        await queryRunner.query(`DROP TRIGGER "candidate_search_${trigger}"`);
      }
      await queryRunner.query(`DROP TABLE "candidate_search_words"`);
      await queryRunner.query(`DROP TABLE "candidate_search_names"`);
      await queryRunner.query(`DROP VIEW "candidate_search_source"`);
    }
  }
}

const TRIGRAM_COLUMNS = ['name_key', 'email', 'skills_key', 'tags_key'];

/** The indexed values of one candidate, both tables' columns; erased candidates have none. */
const SOURCE = `SELECT rowid AS doc, name_key, email, tags_key, skills_key,
    replace(tags_key, '|', '| |') AS tag_words
  FROM candidates WHERE erased_at IS NULL`;

const NAMES_COLUMNS = ['name_key', 'email', 'tags_key'];
const WORDS_COLUMNS = ['skills_key', 'tag_words'];

/** Index (or, with `'delete'`, unindex) the rows of the view for `ref` (new.rowid or old.rowid). */
const write = (table: string, columns: string[], ref: string, del: boolean) =>
  `INSERT INTO ${table} (${del ? `${table}, ` : ''}rowid, ${columns.join(', ')})
     SELECT ${del ? `'delete', ` : ''}doc, ${columns.join(', ')} FROM candidate_search_source WHERE doc = ${ref};`;

const both = (ref: string, del: boolean) =>
  `${write('candidate_search_names', NAMES_COLUMNS, ref, del)}
   ${write('candidate_search_words', WORDS_COLUMNS, ref, del)}`;

/** Only a change to what the indexes hold re-indexes a candidate (a version bump does not). */
const INDEXED_CHANGE = ['name_key', 'email', 'tags_key', 'skills_key', 'erased_at']
  .map((column) => `old.${column} IS NOT new.${column}`)
  .join(' OR ');

const SQLITE_SEARCH = [
  `CREATE VIEW candidate_search_source AS ${SOURCE}`,
  `CREATE VIRTUAL TABLE candidate_search_names USING fts5(${NAMES_COLUMNS.join(', ')},
     content = 'candidate_search_source', content_rowid = 'doc', tokenize = 'trigram case_sensitive 1')`,
  // Résumé words are wordsKey's (letters, digits, + # .). With - _ | as word characters a tag of one word is one
  // term, "|part-time|", which no tag of several words ("|women", "in", "tech|") contains.
  `CREATE VIRTUAL TABLE candidate_search_words USING fts5(${WORDS_COLUMNS.join(', ')},
     content = 'candidate_search_source', content_rowid = 'doc',
     tokenize = "unicode61 remove_diacritics 0 tokenchars '+#.-_|'")`,
  `INSERT INTO candidate_search_names (candidate_search_names) VALUES ('rebuild')`,
  `INSERT INTO candidate_search_words (candidate_search_words) VALUES ('rebuild')`,
  `INSERT INTO candidate_search_names (candidate_search_names, rank) VALUES ('secure-delete', 1)`,
  `INSERT INTO candidate_search_words (candidate_search_words, rank) VALUES ('secure-delete', 1)`,
  `CREATE TRIGGER candidate_search_inserted AFTER INSERT ON candidates BEGIN ${both('new.rowid', false)} END`,
  // The view shows the old values only before the update, the new ones only after it.
  `CREATE TRIGGER candidate_search_updating BEFORE UPDATE ON candidates WHEN ${INDEXED_CHANGE}
     BEGIN ${both('old.rowid', true)} END`,
  `CREATE TRIGGER candidate_search_updated AFTER UPDATE ON candidates WHEN ${INDEXED_CHANGE}
     BEGIN ${both('new.rowid', false)} END`,
  `CREATE TRIGGER candidate_search_deleted BEFORE DELETE ON candidates BEGIN ${both('old.rowid', true)} END`,
];
