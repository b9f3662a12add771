import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * Sessions and failed sign-ins are pruned as they lapse (issue 8): each
 * sign-in deletes expired sessions, each failure deletes failures older than
 * the throttle's window. Both deletes range over a time column, so each gets
 * an index; without them the tables grew for ever, one row per sign-in and
 * per guess. (Idle and absolute timeouts need no new column: `last_used_at`
 * and `expires_at` were there from the start.)
 */
export class Sessions1766793600000 implements MigrationInterface {
  name = 'Sessions1766793600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'sessions',
      new TableIndex({ name: 'IDX_sessions_expires_at', columnNames: ['expires_at'] }),
    );
    await queryRunner.createIndex(
      'login_failures',
      new TableIndex({ name: 'IDX_login_failures_created_at', columnNames: ['created_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('login_failures', 'IDX_login_failures_created_at');
    await queryRunner.dropIndex('sessions', 'IDX_sessions_expires_at');
  }
}
