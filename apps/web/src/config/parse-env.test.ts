import { InvalidEnvError, parseEnv } from './parse-env';

describe('parseEnv', () => {
  it('defaults the API base to the same-origin /api', () => {
    expect(parseEnv({})).toEqual({ API_BASE: '/api' });
  });

  it('accepts an absolute URL and drops a trailing slash', () => {
    expect(parseEnv({ VITE_API_BASE: 'https://api.example.test/api/' })).toEqual({
      API_BASE: 'https://api.example.test/api',
    });
  });

  it('names the variable when it is invalid', () => {
    expect(() => parseEnv({ VITE_API_BASE: 'api' })).toThrow(InvalidEnvError);
    expect(() => parseEnv({ VITE_API_BASE: 'api' })).toThrow(/VITE_API_BASE/);
  });
});
