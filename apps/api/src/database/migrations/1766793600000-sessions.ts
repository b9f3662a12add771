import { MigrationInterface, QueryRunner } from 'typeorm';

/** Session timeouts (placeholder, filled by issue 8). */
export class Sessions1766793600000 implements MigrationInterface {
  name = 'Sessions1766793600000';

  async up(_queryRunner: QueryRunner): Promise<void> {}

  async down(_queryRunner: QueryRunner): Promise<void> {}
}
