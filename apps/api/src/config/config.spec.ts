import * as path from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded SQLite file with demo data', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.database).toEqual({
      engine: 'sqlite',
      url: 'sqlite:data/shortlist.sqlite',
      sqlitePath: path.resolve('/srv/app', 'data/shortlist.sqlite'),
    });
    expect(config.seedDemo).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.retentionDays).toBe(365);
  });

  it('selects PostgreSQL from a postgres:// URL and then seeds nothing unless asked', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/shortlist' });
    expect(config.database.engine).toBe('postgres');
    expect(config.seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/s', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('serves the API documentation outside production, and in production only when asked', () => {
    expect(loadConfig({}).apiDocs).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).apiDocs).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).apiDocs).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', API_DOCS: 'true' }).apiDocs).toBe(true);
    expect(loadConfig({ API_DOCS: 'false' }).apiDocs).toBe(false);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['DATABASE_URL', 'sqlite:'],
    ['SEED_DEMO', 'maybe'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'loud'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['RETENTION_DAYS', '0'],
    ['RETENTION_DAYS', 'a year'],
    ['EVENTS_HEARTBEAT_SECONDS', '0'],
  ])('stops on a bad %s, naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(`Invalid environment variable ${name}`);
  });
});
