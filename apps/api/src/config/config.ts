import * as path from 'node:path';

export type DatabaseEngine = 'sqlite' | 'postgres';

export interface AppConfig {
  nodeEnv: 'production' | 'development' | 'test';
  host: string;
  port: number;
  database: { engine: DatabaseEngine; url: string; sqlitePath?: string };
  seedDemo: boolean;
  logLevel: string;
  /** Session lifetime since sign-in, and since last use. */
  sessionAbsoluteHours: number;
  sessionIdleMinutes: number;
  cookieSecure: boolean | 'auto';
  bodyLimitBytes: number;
  trustProxy: boolean;
  apiDocs: boolean;
  webDistDir: string;
  /** Candidates with no activity for this many days are listed for review and erasure. */
  retentionDays: number;
  /** Live-changes streams send a heartbeat, and re-check their session, this often. */
  eventsHeartbeatSeconds: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid environment variable ${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_DATABASE_URL = 'sqlite:data/shortlist.sqlite';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Record<string, string | undefined>;

/** Reads and validates the environment once, at boot; a bad variable stops start-up naming it. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['production', 'development', 'test'], 'development');
  const database = parseDatabaseUrl(env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL, cwd);
  return {
    nodeEnv,
    host: env.HOST?.trim() || '0.0.0.0',
    port: integer(env, 'PORT', 3000, 0, 65535),
    database,
    seedDemo: boolean(env, 'SEED_DEMO', database.engine === 'sqlite'),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    sessionAbsoluteHours: integer(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 60, 1, 24 * 60),
    cookieSecure: secureFlag(env),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1_048_576, 1024, 50 * 1_048_576),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    // The document maps every route and field: opt in (API_DOCS=true) to publish it from production.
    apiDocs: boolean(env, 'API_DOCS', nodeEnv !== 'production'),
    webDistDir: path.resolve(cwd, env.WEB_DIST_DIR?.trim() || 'apps/web/dist'),
    eventsHeartbeatSeconds: integer(env, 'EVENTS_HEARTBEAT_SECONDS', 15, 1, 300),
    retentionDays: integer(env, 'RETENTION_DAYS', 365, 1, 36_500),
  };
}

export function parseDatabaseUrl(url: string, cwd = process.cwd()): AppConfig['database'] {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) throw new ConfigError('DATABASE_URL', 'sqlite: needs a file path, e.g. sqlite:data/shortlist.sqlite');
    const sqlitePath = file === ':memory:' ? file : path.resolve(cwd, file);
    return { engine: 'sqlite', url, sqlitePath };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      new URL(url);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid postgres:// URL');
    }
    return { engine: 'postgres', url };
  }
  throw new ConfigError('DATABASE_URL', `must start with sqlite: or postgres:// (got "${url.slice(0, 40)}")`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function secureFlag(env: Env): boolean | 'auto' {
  const raw = env.COOKIE_SECURE?.trim().toLowerCase();
  if (!raw || raw === 'auto') return 'auto';
  return boolean(env, 'COOKIE_SECURE', false);
}
