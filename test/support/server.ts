import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
export const SERVER_MAIN = path.join(root, 'apps/api/dist/apps/api/src/main.js');
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface ApiProcess {
  url: string;
  /** Stops it (SIGTERM, then SIGKILL); resolves with how long the graceful part took, or null if it had to be killed. */
  stop(): Promise<number | null>;
  /** SIGKILL at once, as a crash would; resolves once the process is gone. */
  kill(): Promise<void>;
  /** Everything it printed so far. */
  output(): string;
}

const running = new Set<ChildProcess>();
// Whatever happens to the test, no server outlives the jest worker.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** The built production server (`npm run build:api` first) on a free port, with `env` on top. */
export async function startApi(env: Record<string, string>): Promise<ApiProcess> {
  if (!fs.existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: run npm run build:api first`);
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));
  const stop = async (): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null) return 0;
    const started = Date.now();
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const graceful = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), STOP_TIMEOUT_MS))),
    ]);
    clearTimeout(timer);
    if (graceful) return Date.now() - started;
    child.kill('SIGKILL');
    await exited;
    return null;
  };
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), START_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = output.match(/ready in [\d.]+ s: http:\/\/localhost:(\d+)/);
        if (match) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${match[1]}`);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}:\n${output}`));
      });
    });
    const ready = await fetch(`${url}/api/health/ready`);
    if (!ready.ok) throw new Error(`${url}/api/health/ready answered ${ready.status}`);
    const kill = async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    };
    return { url, stop, kill, output: () => output };
  } catch (error) {
    await stop();
    throw error;
  }
}
