// Starting and watching the two servers under test: the built API (as
// `npm start` runs it, in production mode) and the bare baseline.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { MAIN_JS, ROOT } from './built.mjs';

const BASELINE_JS = join(ROOT, 'bench/baseline-server.mjs');
const READY_TIMEOUT_MS = 60_000;

// Servers this process started; none outlives it, however it ends.
const children = new Set();
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** CPU time a process has used so far, in clock ticks (utime + stime, from /proc). */
function cpuTicks(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Resolves once the process has stopped working: less than 2 ticks (20 ms) of
 * CPU in a 250 ms window, twice in a row. Requests abandoned when a load run
 * ends keep a server busy for a while, and must not spill into the next run.
 */
async function quiet(pid, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  let calm = 0;
  let last = cpuTicks(pid);
  while (calm < 2 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = cpuTicks(pid);
    calm = now - last <= 2 ? calm + 1 : 0;
    last = now;
  }
}

/** Resident set size of a process, from /proc (Linux). */
export function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/^VmRSS:\s+(\d+)\s+kB/m)?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}

async function waitReady(url, child, logFile) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`${url}: the server exited with ${child.exitCode} (log: ${logFile})`);
    }
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`${url}: not ready after ${READY_TIMEOUT_MS / 1000} s (log: ${logFile})`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Spawns a server with its output going to `logFile`, and measures start to
 * ready: from spawn until `readyPath` first answers 200.
 */
async function startProcess({ args, env, readyPath, logFile, name }) {
  const port = await freePort();
  const log = openSync(logFile, 'a');
  const started = performance.now();
  const child = spawn(process.execPath, [...args(port)], {
    cwd: ROOT,
    env: { ...process.env, ...env(port) },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  children.add(child);
  child.once('exit', () => children.delete(child));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(`${url}${readyPath}`, child, logFile);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const startMs = performance.now() - started;
  return {
    name,
    url,
    pid: child.pid,
    startMs,
    idle: async () => {
      await quiet(child.pid);
      await waitReady(`${url}${readyPath}`, child, logFile);
    },
    rssMb: () => rssMb(child.pid),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The built API in production mode on `databaseUrl`, without the demo seed. */
export function startApi(databaseUrl, logFile) {
  return startProcess({
    name: 'api',
    args: () => [MAIN_JS],
    env: (port) => ({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
    }),
    readyPath: '/api/health/ready',
    logFile,
  });
}

export function startBaseline(databaseUrl, logFile) {
  return startProcess({
    name: 'baseline',
    args: (port) => [BASELINE_JS, '--database-url', databaseUrl, '--port', String(port)],
    env: () => ({ NODE_ENV: 'production' }),
    readyPath: '/ready',
    logFile,
  });
}

/** A bearer token for a user of the API. */
export async function login(api, email, password) {
  const response = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
  return (await response.json()).accessToken;
}

export async function getJson(url, token) {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}
