import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columns } from '../migration-columns';

export class Foundation1763798400000 implements MigrationInterface {
  name = 'Foundation1763798400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          c.id(),
          c.varchar('email', 320),
          c.varchar('name', 200),
          c.varchar('role', 32),
          c.varchar('password_hash', 255),
          c.boolean('active', true),
          c.createdAt(),
          c.updatedAt(),
        ],
        indices: [new TableIndex({ name: 'UQ_users_email', columnNames: ['email'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          c.id(),
          c.varchar('token_hash', 64),
          c.uuid('user_id'),
          c.createdAt(),
          c.timestamp('last_used_at'),
          c.timestamp('expires_at'),
          c.timestamp('revoked_at', true),
        ],
        indices: [
          new TableIndex({ name: 'UQ_sessions_token_hash', columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({ name: 'IDX_sessions_user_id', columnNames: ['user_id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_sessions_user_id',
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'login_failures',
        columns: [c.id(), c.varchar('email_key', 320), c.varchar('ip', 64), c.createdAt()],
        indices: [
          new TableIndex({ name: 'IDX_login_failures_email_created', columnNames: ['email_key', 'created_at'] }),
          new TableIndex({ name: 'IDX_login_failures_ip_created', columnNames: ['ip', 'created_at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('login_failures');
    await queryRunner.dropTable('sessions');
    await queryRunner.dropTable('users');
  }
}
