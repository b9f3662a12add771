import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

function cruise(cwd: string) {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'apps',
      'libs',
      '--config',
      path.join(root, '.dependency-cruiser.cjs'),
      '--output-type',
      'json',
    ],
    // The JSON report of the whole repository runs to megabytes; spawnSync's default buffer is 1 MiB.
    { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.error) throw result.error;
  const report = JSON.parse(result.stdout);
  const violations = report.summary.violations.map(
    (v: { rule: { name: string }; from: string; to: string }) => `${v.rule.name}: ${v.from} → ${v.to}`,
  );
  return { errors: report.summary.error as number, violations };
}

describe('dependency rules', () => {
  it('fail when a lib imports a framework, the database, a Node API or an app', () => {
    const { errors, violations } = cruise(path.join(root, 'test/fixtures/depcruise'));
    expect(errors).toBe(4);
    const rules = violations.map((v: string) => v.replace(/ →.*$/, '').replace(/:.*$/, ''));
    expect(rules.filter((r: string) => r === 'libs-are-pure')).toHaveLength(3);
    expect(violations.join('\n')).toMatch(/libs-are-pure: libs\/impure\/src\/index.ts → .*@nestjs\/common/);
    expect(violations.join('\n')).toMatch(/libs-are-pure: libs\/impure\/src\/index.ts → .*typeorm/);
    expect(violations.join('\n')).toMatch(/libs-are-pure: libs\/impure\/src\/index.ts → (node:)?fs/);
    expect(violations).toContain('libs-do-not-import-apps: libs/impure/src/index.ts → apps/api/src/helper.ts');
    expect(violations.join('\n')).not.toMatch(/libs\/pure/);
  });

  it('pass on this repository', () => {
    const { errors, violations } = cruise(root);
    expect(violations).toEqual([]);
    expect(errors).toBe(0);
  });
});
