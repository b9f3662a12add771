import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { AuditService } from '../audit/audit.service';
import { TransactionRunner } from '../database/transaction-runner';
import { User } from '../users/user.entity';
import type { AuthUser } from './auth-user';
import { LoginFailure } from './login-failure.entity';
import { decoyPasswordHash, verifyPassword } from './password';
import { Session } from './session.entity';
import { throttleVerdict } from './throttle';

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
// Writing last-used on every request would turn each read into a write; a minute is precise enough for idle expiry.
const TOUCH_INTERVAL_MS = 60_000;

export interface SignIn {
  token: string;
  expiresAt: Date;
  user: User;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string, ip: string, now = new Date()): Promise<SignIn> {
    const emailKey = normalizeEmail(email);
    await this.refuseWhileThrottled(emailKey, ip, now);
    const user = await this.dataSource.getRepository(User).findOneBy({ email: emailKey });
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !valid || !user.active) {
      await this.tx.run((m) => m.insert(LoginFailure, { ...new LoginFailure(), emailKey, ip, createdAt: now }));
      throw new AppError('INVALID_CREDENTIALS', 'Invalid email or password');
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.sessionAbsoluteHours * 3_600_000);
    await this.tx.run(async (m) => {
      await m.delete(LoginFailure, { emailKey });
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

  /** Resolves a bearer token or cookie value to the user, or undefined when the session is not live. */
  async authenticate(token: string, now = new Date()): Promise<AuthUser | undefined> {
    if (!token || token.length > 200) return undefined;
    const idleCutoff = new Date(now.getTime() - this.config.sessionIdleMinutes * 60_000);
    const session = await this.dataSource.getRepository(Session).findOne({
      where: {
        tokenHash: hashToken(token),
        revokedAt: IsNull(),
        expiresAt: MoreThan(now),
        lastUsedAt: MoreThan(idleCutoff),
        user: { active: true },
      },
      relations: { user: true },
    });
    if (!session?.user) return undefined;
    if (now.getTime() - session.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.tx.run((m) => m.update(Session, { id: session.id }, { lastUsedAt: now }));
    }
    const { id, email, name, role } = session.user;
    return { id, email, name, role, sessionId: session.id };
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
