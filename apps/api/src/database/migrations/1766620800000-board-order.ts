import { MigrationInterface, QueryRunner } from 'typeorm';

/** The board's order served from an index (placeholder, filled by issue 7). */
export class BoardOrder1766620800000 implements MigrationInterface {
  name = 'BoardOrder1766620800000';

  async up(_queryRunner: QueryRunner): Promise<void> {}

  async down(_queryRunner: QueryRunner): Promise<void> {}
}
