import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { isRole, ROLES } from '@shortlist/contracts';
import { parseArgs } from 'node:util';
import { AppError } from './common/app-error';
import { ConfigError, loadConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { seedDemo } from './seed/demo-seed';
import { UsersModule } from './users/users.module';
import { UsersService } from './users/users.service';

const USAGE = `Usage: npm run -s cli -- <command> [options]
Commands:
  create-user --email E --role R [--name N]   Create a user (password from stdin when piped, else generated and printed)
  migrate                                      Apply pending database migrations
  seed-demo                                    Create the demo users (idempotent)
Roles: ${ROLES.join(', ')}. The database is the one DATABASE_URL names.`;

class UsageError extends Error {}

async function withUsers<T>(work: (users: UsersService) => Promise<T>): Promise<T> {
  const config = { ...loadConfig(), logLevel: 'silent' };
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule, UsersModule] })
  class CliModule {}
  const context = await NestFactory.createApplicationContext(CliModule, { logger: false });
  try {
    return await work(context.get(UsersService));
  } finally {
    await context.close();
  }
}

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
    users.create({ email: values.email!, name, role, password: password || undefined }),
  );
  process.stdout.write(`Created ${user.role} ${user.email} (${user.id})\n`);
  if (generatedPassword) process.stdout.write(`Password (shown once): ${generatedPassword}\n`);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'create-user':
      return createUser(rest);
    case 'migrate':
      await withUsers(async () => undefined);
      process.stdout.write('Migrations are up to date\n');
      return;
    case 'seed-demo': {
      const created = await withUsers(seedDemo);
      process.stdout.write(`Demo users created: ${created}\n`);
      return;
    }
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
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    else if (error instanceof ConfigError || error instanceof AppError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`${(error as Error)?.message ?? String(error)}\n`);
    process.exit(2);
  },
);
