import { loginHref, safeNextPath } from './paths';

describe('safeNextPath', () => {
  it.each([
    ['/admin/users?tab=2', '/admin/users?tab=2'],
    ['/jobs', '/jobs'],
  ])('keeps the in-app path %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['https://evil.example/'],
    ['//evil.example/path'],
    ['/\\evil.example'],
    ['/login?next=/jobs'],
  ])('falls back to the dashboard for %p', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });
});

describe('loginHref', () => {
  it('carries the page to return to', () => {
    expect(loginHref('/admin/users?x=1')).toBe('/login?next=%2Fadmin%2Fusers%3Fx%3D1');
  });

  it('omits next for the home page', () => {
    expect(loginHref('/')).toBe('/login');
  });
});
