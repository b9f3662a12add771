import { randomUUID } from 'node:crypto';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One failed sign-in; counted over a window to throttle guessing, across every API process. */
@Entity('login_failures')
@Index('IDX_login_failures_email_created', ['emailKey', 'createdAt'])
@Index('IDX_login_failures_ip_created', ['ip', 'createdAt'])
export class LoginFailure {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Column({ name: 'email_key', type: 'varchar', length: 320 })
  emailKey!: string;

  @Column({ type: 'varchar', length: 64 })
  ip!: string;

  @Index('IDX_login_failures_created_at')
  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
