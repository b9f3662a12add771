export interface WebEnv {
  /** Where the API lives: a same-origin path (default) or an absolute http(s) URL. */
  API_BASE: string;
}

export type RawEnv = Record<string, string | boolean | undefined>;

export class InvalidEnvError extends Error {
  constructor(problems: string[]) {
    super(`Invalid web configuration:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'InvalidEnvError';
  }
}

export function parseEnv(raw: RawEnv): WebEnv {
  const problems: string[] = [];
  const apiBase = readString(raw, 'VITE_API_BASE') ?? '/api';

  if (!/^(\/|https?:\/\/)/.test(apiBase)) {
    problems.push(`VITE_API_BASE must start with "/" or "http(s)://", got "${apiBase}"`);
  }
  if (problems.length > 0) throw new InvalidEnvError(problems);

  // A trailing slash would double up with the leading slash of every endpoint path.
  return { API_BASE: apiBase.replace(/\/+$/, '') };
}

function readString(raw: RawEnv, name: string): string | undefined {
  const value = raw[name];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
