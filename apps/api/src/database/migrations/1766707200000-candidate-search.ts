import { MigrationInterface, QueryRunner } from 'typeorm';

/** Candidate search from a text index (placeholder, filled by issue 7). */
export class CandidateSearch1766707200000 implements MigrationInterface {
  name = 'CandidateSearch1766707200000';

  async up(_queryRunner: QueryRunner): Promise<void> {}

  async down(_queryRunner: QueryRunner): Promise<void> {}
}
