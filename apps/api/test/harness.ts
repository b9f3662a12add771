import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createApp } from '../src/app.factory';
import { AppConfig, loadConfig } from '../src/config/config';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo-seed';

export type Engine = 'sqlite' | 'postgres';
export const engine = (): Engine => (process.env.TEST_DB_ENGINE === 'postgres' ? 'postgres' : 'sqlite');

export interface TestDatabase {
  url: string;
  /** The SQLite file, for tests that look at bytes on disk. */
  file?: string;
  drop(): Promise<void>;
}

/** A fresh, empty database of the engine under test: a temp SQLite file, or a new PostgreSQL database. */
export async function createTestDatabase(kind: Engine = engine()): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-e2e-'));
    const file = path.join(dir, 'test.sqlite');
    return { url: `sqlite:${file}`, file, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('TEST_DATABASE_URL is required for the PostgreSQL e2e run');
  const name = `shortlist_e2e_${randomBytes(6).toString('hex')}`;
  await withClient(admin, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  database: TestDatabase;
  config: AppConfig;
  close(): Promise<void>;
}

/** The real AppModule, in-process, on a fresh database, with the demo users. */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    WEB_DIST_DIR: '/nonexistent',
    ...overrides,
  });
  const app = await createApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  await seedDemo(app);
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get<DataSource>(getDataSourceToken()),
    database,
    config,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export const DEMO = {
  admin: 'admin@shortlist.test',
  recruiter: 'recruiter@shortlist.test',
  manager: 'manager@shortlist.test',
  interviewer: 'interviewer@shortlist.test',
  password: DEMO_PASSWORD,
} as const;

/** Signs in and returns the bearer header to send. */
export async function signIn(
  t: TestApp,
  email: string,
  password: string = DEMO.password,
): Promise<{ Authorization: string }> {
  const res = await t.http.post('/api/auth/login').send({ email, password }).expect(200);
  return { Authorization: `Bearer ${res.body.accessToken}` };
}
