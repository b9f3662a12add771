import 'reflect-metadata';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { isRole, ROLES } from '@shortlist/contracts';
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ApplicationsModule } from './applications/applications.module';
import { AuditModule } from './audit/audit.module';
import { AuditService } from './audit/audit.service';
import { CandidateImportsService } from './candidates/candidate-imports.service';
import { CandidateRoutesModule } from './candidates/candidate-routes.module';
import { AppError } from './common/app-error';
import { ConfigError, loadConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { JobTemplatesModule } from './job-templates/job-templates.module';
import { JobTemplatesService } from './job-templates/job-templates.service';
import { JobsModule } from './jobs/jobs.module';
import { screenCommand } from './screen-command';
import { seedDemo } from './seed/demo-seed';
import { UsersModule } from './users/users.module';
import { UsersService } from './users/users.service';

const USAGE = `Usage: npm run -s cli -- <command> [options]
Commands:
  create-user --email E --role R [--name N]   Create a user (password from stdin when piped, else generated and printed)
  migrate                                      Apply pending database migrations
  seed-demo                                    Create the demo users, and the demo job when there is no job (idempotent)
  parse-jd FILE                                Print the job template read from a job-description text file (JSON; no database)
  screen JD_FILE RESUME_FILE                   Screen a text résumé against a job description's checklist (JSON; no database)
  import-candidates FILE [--job ID] [--upsert]  Import candidates from CSV (name,email,phone,source,tags,resume_text):
                                               all rows or none; --job applies them; --upsert updates existing emails
  verify-audit                                 Recompute the audit log's hash chain: exit 0 when intact, 1 at the first
                                               broken event
Roles: ${ROLES.join(', ')}. The database is the one DATABASE_URL names.`;

class UsageError extends Error {}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

async function withContext<T>(work: (context: INestApplicationContext) => Promise<T>): Promise<T> {
  const config = { ...loadConfig(), logLevel: 'silent' };
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule,
      AuditModule,
      UsersModule,
      JobTemplatesModule,
      JobsModule,
      CandidateRoutesModule,
      ApplicationsModule,
    ],
  })
  class CliModule {}
  const context = await NestFactory.createApplicationContext(CliModule, { logger: false });
  try {
    return await work(context);
  } finally {
    await context.close();
  }
}

const withUsers = <T>(work: (users: UsersService) => Promise<T>): Promise<T> =>
  withContext((context) => work(context.get(UsersService)));

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function createUser(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
  });
  if (!values.email) throw new UsageError('--email is required');
  if (!isRole(values.role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  const role = values.role;
  const password = process.stdin.isTTY ? undefined : await readStdin();
  const name = values.name ?? values.email.split('@')[0];
  const { user, generatedPassword } = await withUsers((users) =>
    users.create({ email: values.email!, name, role, password: password || undefined }, null),
  );
  process.stdout.write(`Created ${user.role} ${user.email} (${user.id})\n`);
  if (generatedPassword) process.stdout.write(`Password (shown once): ${generatedPassword}\n`);
}

// A job description is a page of text; anything this large is not one, and would only be cut at 1 MB.
const MAX_JD_FILE_BYTES = 10 * 1024 * 1024;

const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

/** Needs no database: the parser and the bundled career ladder only. */
async function parseJd(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError('parse-jd takes exactly one FILE');
  const [file] = positionals;
  let text: string;
  try {
    // eslint-disable-next-line security/detect-non-literal-fs-filename -- the CLI reads the file its operator names, with the operator's own rights
    if (fs.statSync(file).size > MAX_JD_FILE_BYTES) throw new Error(`${file} is larger than 10 MB`);
    // eslint-disable-next-line security/detect-non-literal-fs-filename -- as above: the operator's own file argument
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code ? `Cannot read ${file}: ${READ_FAILURES[code] ?? code}` : (error as Error).message);
  }
  const template = new JobTemplatesService().parse(text);
  await new Promise<void>((resolve) => process.stdout.write(`${JSON.stringify(template, null, 2)}\n`, () => resolve()));
}
/** Progress on stderr, the outcome on stdout; row-numbered errors on stderr and exit 2 with nothing imported. */
async function importCandidates(args: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { job: { type: 'string' }, upsert: { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw new UsageError('import-candidates takes exactly one FILE');
  const [file] = positionals;
  let content: string;
  try {
    // eslint-disable-next-line security/detect-non-literal-fs-filename -- the operator's own CSV file argument
    content = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`Cannot read ${file}: ${READ_FAILURES[code ?? ''] ?? code}`);
  }
  const result = await withContext((context) =>
    context
      .get(CandidateImportsService)
      .run(content, { jobId: values.job, upsert: values.upsert }, (phase, done, total) => {
        process.stderr.write(`${phase} ${done}/${total}\n`);
      }),
  );
  if (result.errors.length) {
    for (const error of result.errors) process.stderr.write(`${error.message}\n`);
    throw new ImportRefused(`Nothing was imported: ${plural(result.errors.length, 'error')}`);
  }
  process.stdout.write(`Imported ${plural(result.imported, 'candidate')} (${plural(result.applied, 'application')})\n`);
}

class ImportRefused extends Error {}

/** Exit 0 with the count when the chain holds; exit 1 naming the first event that does not. */
async function verifyAudit(args: string[]): Promise<void> {
  parseArgs({ args, options: {} });
  const result = await withContext((context) => context.get(AuditService).verify());
  if (result.ok) {
    process.stdout.write(`audit chain ok: ${plural(result.checked, 'event')}\n`);
    return;
  }
  process.stdout.write(`audit chain broken at event ${result.brokenAtSeq}: ${result.reason}\n`);
  process.exitCode = 1;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'create-user':
      return createUser(rest);
    case 'migrate':
      await withContext(async () => undefined);
      process.stdout.write('Migrations are up to date\n');
      return;
    case 'seed-demo': {
      const created = await withContext((app) => seedDemo(app, { candidates: true }));
      process.stdout.write(
        `Demo data created: ${plural(created.users, 'user')}, ${plural(created.jobs, 'job')}, ${plural(created.candidates ?? 0, 'candidate')}\n`,
      );
      return;
    }
    case 'parse-jd':
      return parseJd(rest);
    case 'import-candidates':
      return importCandidates(rest);
    case 'screen':
      return screenCommand(rest);
    case 'verify-audit':
      return verifyAudit(rest);
    case undefined:
    case '--help':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      throw new UsageError(`Unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    else if (error instanceof ConfigError || error instanceof AppError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`${(error as Error)?.message ?? String(error)}\n`);
    process.exit(2);
  },
);
