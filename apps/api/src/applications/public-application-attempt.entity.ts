import { randomUUID } from 'node:crypto';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One submission of the public application form, counted per client address to rate-limit it across processes. */
@Entity('public_application_attempts')
@Index('IDX_public_application_attempts_ip_created', ['ip', 'createdAt'])
export class PublicApplicationAttempt {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Column({ type: 'varchar', length: 64 })
  ip!: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
