import { parseEnv } from './parse-env';

/** The only module that reads import.meta.env; tests map it to src/testing/env.ts. */
export const env = parseEnv(import.meta.env);
