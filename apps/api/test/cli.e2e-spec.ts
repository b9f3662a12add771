import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { verifyPassword } from '../src/auth/password';
import { parseDatabaseUrl } from '../src/config/config';
import { dataSourceOptions } from '../src/database/data-source';
import { User } from '../src/users/user.entity';
import { createTestDatabase, TestDatabase } from './harness';
import { DEMO_JOB_DESCRIPTION_FILE } from '../src/seed/bundled-data';

const root = path.resolve(__dirname, '../../..');

describe('npm run -s cli -- create-user', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const cli = (args: string[], input?: string) =>
    spawnSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), ...args], {
      cwd: root,
      input,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: database.url, SEED_DEMO: 'true' },
      timeout: 120_000,
    });

  async function usersInDatabase(): Promise<User[]> {
    const dataSource = new DataSource(dataSourceOptions(parseDatabaseUrl(database.url)));
    await dataSource.initialize();
    try {
      return await dataSource.getRepository(User).find();
    } finally {
      await dataSource.destroy();
    }
  }

  it('creates the first admin with the password piped on stdin, and no demo users', async () => {
    const result = cli(
      ['create-user', '--email', 'Ops@Company.com', '--role', 'admin', '--name', 'Ops'],
      'a-long-admin-password\n',
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Created admin ops@company\.com \([0-9a-f-]{36}\)\n$/);
    expect(result.status).toBe(0);
    const users = await usersInDatabase();
    expect(users.map((u) => [u.email, u.role, u.name])).toEqual([['ops@company.com', 'admin', 'Ops']]);
    await expect(verifyPassword(users[0].passwordHash, 'a-long-admin-password')).resolves.toBe(true);
  });

  it('generates and prints a password when none is piped', async () => {
    const result = cli(['create-user', '--email', 'rec@company.com', '--role', 'recruiter'], '');
    expect(result.status).toBe(0);
    const password = result.stdout.match(/Password \(shown once\): (\S+)/)?.[1] ?? '';
    expect(password).toHaveLength(24);
    const rec = (await usersInDatabase()).find((u) => u.email === 'rec@company.com')!;
    await expect(verifyPassword(rec.passwordHash, password)).resolves.toBe(true);
  });

  it.each([
    [
      ['create-user', '--email', 'x@company.com', '--role', 'owner'],
      /--role must be one of admin, recruiter, hiring_manager, interviewer/,
    ],
    [['create-user', '--role', 'admin'], /--email is required/],
    [['create-user', '--email', 'OPS@company.com', '--role', 'admin'], /already exists/],
    [['create-user', '--email', 'short@company.com', '--role', 'admin'], /Password must be at least 12 characters/],
    [['frobnicate'], /Unknown command "frobnicate"/],
  ])('refuses %j with a one-line reason and exit 2, changing nothing', async (args, message) => {
    const before = (await usersInDatabase()).length;
    const result = cli(args, args.includes('short@company.com') ? 'short\n' : '');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect((await usersInDatabase()).length).toBe(before);
  });
});

describe('npm run -s cli -- parse-jd FILE', () => {
  // An unreachable database: parse-jd must not need one.
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), 'parse-jd', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/unreachable' },
      timeout: 120_000,
    });

  it('prints the template of a job-description file as JSON, with the ladder levels', () => {
    const result = cli([path.join(root, 'apps/api/src/seed/data', DEMO_JOB_DESCRIPTION_FILE)]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const template = JSON.parse(result.stdout);
    const count = (category: string) =>
      template.items.filter((item: { category: string }) => item.category === category).length;
    expect(template.title).toBe('Backend Engineer Intern');
    expect([count('qualification'), count('prerequisite'), count('hard_skill'), count('soft_skill')]).toEqual([
      5, 5, 8, 8,
    ]);
    expect([template.redFlags.length, template.stages.length, template.tools.length]).toEqual([5, 3, 8]);
    expect(template.levels.map((level: { name: string }) => level.name)).toEqual([
      'Intern',
      'Graduate',
      'Junior',
      'Mid-Level',
      'Senior',
      'Lead',
    ]);
  });

  it.each([
    [['/no/such/file.txt'], 'Cannot read /no/such/file.txt: no such file\n'],
    [[root], `Cannot read ${root}: it is a directory\n`],
  ])('refuses %j with one line on stderr and exit 2', (args, message) => {
    const result = cli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(message);
    expect(result.stdout).toBe('');
  });

  it('asks for exactly one FILE', () => {
    const result = cli([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^parse-jd takes exactly one FILE\n\nUsage:/);
  });
});
