import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull, LessThan, MoreThan } from 'typeorm';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { TransactionRunner } from '../database/transaction-runner';
import { User } from '../users/user.entity';
import type { AuthUser } from './auth-user';
import { LoginFailure } from './login-failure.entity';
import { assertPasswordAcceptable, decoyPasswordHash, hashPassword, verifyPassword } from './password';
import { revokeSessions } from './session-revocation';
import { Session } from './session.entity';
import { LOGIN_THROTTLE, throttleVerdict } from './throttle';

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
// Writing last-used on every request would turn each read into a write; a minute is precise enough for idle expiry.
export const TOUCH_INTERVAL_MS = 60_000;

/** A session last used before this moment has been idle too long. */
export const liveSince = (now: Date, config: Pick<AppConfig, 'sessionIdleMinutes'>): Date =>
  new Date(now.getTime() - config.sessionIdleMinutes * 60_000);

/**
 * A failed sign-in's event: the email as a SHA-256 of its normalised form (an
 * admin can check an address they know; the log never shows what was typed,
 * which is sometimes a password), and the account when the email is one.
 */
export function failedSignIn(emailKey: string, userId: string | null): AuditEntry {
  return {
    actorId: null,
    action: 'session.sign_in_failed',
    entityType: 'session',
    entityId: null,
    after: { emailSha256: createHash('sha256').update(emailKey).digest('hex'), userId },
  };
}

export interface SignIn {
  token: string;
  expiresAt: Date;
  user: User;
}

@Injectable()
export class AuthService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** Made before the first sign-in, so the first unknown email is not the one answer that takes longer. */
  async onModuleInit(): Promise<void> {
    await decoyPasswordHash();
  }

  async login(email: string, password: string, ip: string, now = new Date()): Promise<SignIn> {
    const emailKey = normalizeEmail(email);
    await this.refuseWhileThrottled(emailKey, ip, now);
    const user = await this.dataSource.getRepository(User).findOneBy({ email: emailKey });
    // Unknown email, wrong password and deactivated user take the same path: one argon2 verify, the same answer.
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !valid || !user.active) {
      await this.tx.run(async (m) => {
        await m.delete(LoginFailure, { createdAt: LessThan(new Date(now.getTime() - LOGIN_THROTTLE.windowMs)) });
        await m.insert(LoginFailure, { ...new LoginFailure(), emailKey, ip, createdAt: now });
        await this.audit.record(m, failedSignIn(emailKey, user?.id ?? null), { announce: false });
      });
      throw new AppError('INVALID_CREDENTIALS', 'Invalid email or password');
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.sessionAbsoluteHours * 3_600_000);
    await this.tx.run(async (m) => {
      await m.delete(LoginFailure, { emailKey });
      await m.delete(Session, { expiresAt: LessThan(now) });
      const session = Object.assign(new Session(), {
        tokenHash: hashToken(token),
        userId: user.id,
        createdAt: now,
        lastUsedAt: now,
        expiresAt,
        revokedAt: null,
      });
      await m.insert(Session, session);
      await this.audit.record(m, {
        actorId: user.id,
        action: 'session.signed_in',
        entityType: 'session',
        entityId: session.id,
        after: { userId: user.id, expiresAt: expiresAt.toISOString() },
      });
    });
    return { token, expiresAt, user };
  }

  /**
   * Resolves a bearer token or cookie value to the user, or undefined when the
   * session is not live (revoked, past its absolute expiry, idle too long, or
   * its user deactivated): one query, and a write at most once a minute.
   */
  async authenticate(token: string, now = new Date()): Promise<AuthUser | undefined> {
    if (!token || token.length > 200) return undefined;
    const row = await this.dataSource
      .createQueryBuilder()
      .select(['s.id AS "sessionId"', 'u.id AS "id"', 'u.email AS "email"', 'u.name AS "name"', 'u.role AS "role"'])
      .addSelect('CASE WHEN s.last_used_at < :touchBefore THEN 1 ELSE 0 END', 'stale')
      .from(Session, 's')
      .innerJoin(User, 'u', 'u.id = s.user_id')
      .where('s.token_hash = :tokenHash', { tokenHash: hashToken(token) })
      .andWhere('s.revoked_at IS NULL')
      .andWhere('s.expires_at > :now', { now })
      .andWhere('s.last_used_at > :idleCutoff', { idleCutoff: liveSince(now, this.config) })
      .andWhere('u.active = :active', { active: true })
      .setParameter('touchBefore', new Date(now.getTime() - TOUCH_INTERVAL_MS))
      .getRawOne<AuthUser & { stale: number | string }>();
    if (!row) return undefined;
    if (Number(row.stale) === 1) {
      await this.tx.run((m) => m.update(Session, { id: row.sessionId }, { lastUsedAt: now }));
    }
    const { id, email, name, role, sessionId } = row;
    return { id, email, name, role, sessionId };
  }

  async currentUser(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    return user;
  }

  async logout(user: Pick<AuthUser, 'id' | 'sessionId'>, now = new Date()): Promise<void> {
    await this.tx.run(async (m) => {
      await m.update(Session, { id: user.sessionId, revokedAt: IsNull() }, { revokedAt: now });
      await this.audit.record(m, {
        actorId: user.id,
        action: 'session.signed_out',
        entityType: 'session',
        entityId: user.sessionId,
        after: { userId: user.id },
      });
    });
  }

  /**
   * A signed-in person replaces their own password: the current one is
   * required (a wrong one counts as a failed sign-in, so the throttle applies),
   * their other sessions end, this one stays.
   */
  async changePassword(
    who: Pick<AuthUser, 'id' | 'sessionId'>,
    currentPassword: string,
    newPassword: string,
    ip: string,
    now = new Date(),
  ): Promise<void> {
    const user = await this.currentUser(who.id);
    await this.refuseWhileThrottled(user.email, ip, now);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      await this.tx.run((m) =>
        m.insert(LoginFailure, { ...new LoginFailure(), emailKey: user.email, ip, createdAt: now }),
      );
      throw new AppError('VALIDATION_FAILED', 'The current password is not right', [
        { field: 'currentPassword', message: 'is not your current password' },
      ]);
    }
    await assertPasswordAcceptable(newPassword, { email: user.email }, 'newPassword');
    if (newPassword === currentPassword) {
      throw new AppError('VALIDATION_FAILED', 'The new password must differ from the current one', [
        { field: 'newPassword', message: 'must differ from your current password' },
      ]);
    }
    const passwordHash = await hashPassword(newPassword);
    await this.tx.run(async (m) => {
      await m.update(User, { id: user.id }, { passwordHash, updatedAt: now });
      await revokeSessions(m, user.id, who.sessionId);
      await this.audit.record(m, {
        actorId: user.id,
        action: 'user.updated',
        entityType: 'user',
        entityId: user.id,
        after: { passwordChanged: true },
      });
    });
  }

  private async refuseWhileThrottled(emailKey: string, ip: string, now: Date): Promise<void> {
    const failures = this.dataSource.getRepository(LoginFailure);
    const since = (windowMs: number) => MoreThan(new Date(now.getTime() - windowMs));
    const verdict = await throttleVerdict(now, {
      recentForEmail: (windowMs) =>
        failures.find({ where: { emailKey, createdAt: since(windowMs) }, select: { createdAt: true } }),
      recentForIp: (windowMs) =>
        failures.find({ where: { ip, createdAt: since(windowMs) }, select: { createdAt: true } }),
    });
    if (verdict.blocked) {
      const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `Too many failed sign-in attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
        undefined,
        { 'retry-after': String(verdict.retryAfterSeconds) },
      );
    }
  }
}
