import 'reflect-metadata';
import { createApp } from './app.factory';
import { CandidateImportsService } from './candidates/candidate-imports.service';
import { ConfigError, loadConfig } from './config/config';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed/demo-seed';

async function bootstrap(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  const app = await createApp(config);
  if (config.seedDemo) await seedDemo(app, { candidates: true });
  await app.get(CandidateImportsService).failInterrupted();
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${(app.getHttpServer().address() as { port: number }).port}`;
  const lines = [
    '',
    `  Shortlist is ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${url}`,
    `  ${config.apiDocs ? `API docs: ${url}/api/docs   ` : ''}Database: ${config.database.engine === 'sqlite' ? config.database.sqlitePath : 'PostgreSQL'}`,
  ];
  if (config.seedDemo) {
    lines.push(`  Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS) lines.push(`    ${user.role.padEnd(15)} ${user.email}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Shortlist failed to start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
