import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateUserRequest, PanelMember, Role, UpdateUserRequest } from '@shortlist/contracts';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { changesBetween } from '../audit/audit-diff';
import { AppError } from '../common/app-error';
import { TransactionRunner } from '../database/transaction-runner';
import { normalizeEmail } from '../auth/auth.service';
import { assertPasswordAcceptable, generatePassword, hashPassword } from '../auth/password';
import { revokeSessions } from '../auth/session-revocation';
import { User } from './user.entity';

/** Who may sit on an interview panel. */
export const PANEL_ROLES: readonly Role[] = ['interviewer', 'hiring_manager', 'admin'];

export interface CreatedUser {
  user: User;
  generatedPassword?: string;
}

/** Whether a change leaves the system without an active admin. */
export function removesLastAdmin(
  before: Pick<User, 'role' | 'active'>,
  after: Pick<User, 'role' | 'active'>,
  activeAdmins: number,
): boolean {
  const wasAdmin = before.role === 'admin' && before.active;
  const staysAdmin = after.role === 'admin' && after.active;
  return wasAdmin && !staysAdmin && activeAdmins <= 1;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ order: { name: 'ASC', email: 'ASC' } });
  }

  /** One query, only the columns the picker shows. */
  panel(): Promise<PanelMember[]> {
    return this.dataSource.getRepository(User).find({
      select: { id: true, name: true, email: true, role: true },
      where: { active: true, role: In(PANEL_ROLES) },
      order: { name: 'ASC', email: 'ASC' },
    });
  }

  /** `actorId` null: the CLI or the demo seed, not a signed-in person. */
  async create(request: CreateUserRequest, actorId: string | null): Promise<CreatedUser> {
    const generatedPassword = request.password === undefined ? generatePassword() : undefined;
    const password = request.password ?? generatedPassword!;
    const email = normalizeEmail(request.email);
    await assertPasswordAcceptable(password, { email });
    const passwordHash = await hashPassword(password);
    const user = await this.tx.run(async (m) => {
      if (await m.existsBy(User, { email }))
        throw new AppError('EMAIL_TAKEN', `A user with email ${email} already exists`);
      const created = await m.save(
        m.create(User, { email, name: request.name, role: request.role, passwordHash, active: request.active ?? true }),
      );
      await this.audit.record(m, {
        actorId,
        action: 'user.created',
        entityType: 'user',
        entityId: created.id,
        after: { ...auditedFields(created), passwordGenerated: generatedPassword !== undefined },
      });
      return created;
    });
    return { user, generatedPassword };
  }

  async update(id: string, changes: UpdateUserRequest, actorId: string | null): Promise<User> {
    let passwordHash: string | undefined;
    if (changes.password !== undefined) {
      const email = (await this.dataSource.getRepository(User).findOne({ where: { id }, select: { email: true } }))
        ?.email;
      await assertPasswordAcceptable(changes.password, { email });
      passwordHash = await hashPassword(changes.password);
    }
    return this.tx.run(async (m) => {
      const user = await m.findOneBy(User, { id });
      if (!user) throw new AppError('USER_NOT_FOUND', 'No user with that id');
      const after = { role: changes.role ?? user.role, active: changes.active ?? user.active };
      if (removesLastAdmin(user, after, await m.countBy(User, { role: 'admin', active: true }))) {
        throw new AppError('CANNOT_DEMOTE_LAST_ADMIN', 'This is the last active admin; make someone else admin first');
      }
      const endsSessions = endsUserSessions(user, after, passwordHash !== undefined);
      const was = auditedFields(user);
      Object.assign(user, {
        ...after,
        name: changes.name ?? user.name,
        passwordHash: passwordHash ?? user.passwordHash,
      });
      const saved = await m.save(user);
      if (endsSessions) await revokeSessions(m, user.id);
      const changed = changesBetween(was, auditedFields(saved));
      await this.audit.record(m, {
        actorId,
        action: 'user.updated',
        entityType: 'user',
        entityId: user.id,
        before: changed.before,
        // The hash never enters the log; only that the password was replaced.
        after: { ...changed.after, ...(passwordHash === undefined ? {} : { passwordChanged: true }) },
      });
      return saved;
    });
  }

  /** Used by the CLI and the demo seed. */
  async createIfMissing(email: string, name: string, role: Role, password: string): Promise<boolean> {
    if (await this.dataSource.getRepository(User).existsBy({ email: normalizeEmail(email) })) return false;
    await this.create({ email, name, role, password }, null);
    return true;
  }
}

/** What the audit log keeps of a user: never the password hash. */
const auditedFields = (user: User) => ({ email: user.email, name: user.name, role: user.role, active: user.active });

/**
 * Whether an admin's change ends the user's sessions: a new password, a
 * deactivation, or a new role (a session must not keep the powers it signed in with).
 */
export function endsUserSessions(
  before: Pick<User, 'role' | 'active'>,
  after: Pick<User, 'role' | 'active'>,
  passwordChanged: boolean,
): boolean {
  return passwordChanged || (before.active && !after.active) || before.role !== after.role;
}
