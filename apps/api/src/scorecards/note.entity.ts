import { randomUUID } from 'node:crypto';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Application } from '../applications/application.entity';
import { User } from '../users/user.entity';

/** A timestamped note on an application, optionally about an item or a red flag type. */
@Entity('application_notes')
export class NoteRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Index('IDX_application_notes_application_id')
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_application_notes_application_id' })
  application?: Application;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_application_notes_author_id' })
  author?: User;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'item_id', type: 'uuid', nullable: true })
  itemId!: string | null;

  @Column({ name: 'red_flag_type_id', type: 'uuid', nullable: true })
  redFlagTypeId!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
