import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const fixture = (n: string) => resolve(root, 'tests/fixtures/backups', n);
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/cli', script), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('command-line tools', () => {
  it('import-check summarises a good file and refuses a bad one', () => {
    const ok = run('import-check.ts', fixture('good.json'));
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/annotations\s+5 \(4 with notes, 1 orphaned\)/);
    const bad = run('import-check.ts', fixture('proto-pollution.json'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('__proto__: forbidden field name');
  });

  it('export --format json reproduces a canonical backup byte for byte', () => {
    const r = run('export.ts', '--format', 'json', fixture('good.json'));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(fixture('good.json'), 'utf8'));
  });

  it('export --format md honours --exported', () => {
    const r = run('export.ts', '--format', 'md', '--exported', '2025-02-03T04:05:06Z', fixture('good.json'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('exported: "2025-02-03T04:05:06Z"');
    expect(r.stdout).toContain('> Quốc hội');
  });
}, 60_000);
