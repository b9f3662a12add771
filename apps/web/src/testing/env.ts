import { parseEnv } from '@/config/parse-env';

export const env = parseEnv({ VITE_API_BASE: '/api' });
