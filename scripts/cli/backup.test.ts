import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toBackup } from '../../utils/backup/backup';
import { dossierFromRecords } from '../../utils/dossier/build';
import { dossierToMarkdown } from '../../utils/dossier/markdown';
import { DOSSIER_ARTICLES, DOSSIER_NOTES, MERGES, THUONG, THUONG_BY_RULE } from '../../utils/testing/dossier';

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

  it('export --format dossier prints an entity’s dossier from a backup, merges applied', () => {
    const file = resolve(mkdtempSync(resolve(os.tmpdir(), 'vna-cli-')), 'backup.json');
    const data = { articles: DOSSIER_ARTICLES, annotations: DOSSIER_NOTES, entityMerges: MERGES };
    writeFileSync(file, toBackup(data, '2026-12-01T00:00:00.000Z'));
    const at = '2026-12-02T00:00:00.000Z';
    const r = run('export.ts', '--format', 'dossier', '--entity', THUONG_BY_RULE, '--exported', at, file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const d = dossierFromRecords({ articles: data.articles, annotations: data.annotations, merges: MERGES }, THUONG);
    expect(r.stdout).toBe(dossierToMarkdown({ ...d, requested: THUONG_BY_RULE }, { exportedAt: at }));
    expect(r.stdout).toContain('entity: "official:vo-van-thuong"');
    expect(r.stdout).toContain('## Bài đã đọc (5)');
    const json = run('export.ts', '--format', 'dossier-json', '--entity', THUONG, '--lang', 'en', file);
    expect(JSON.parse(json.stdout).articles).toHaveLength(5);
    const missing = run('export.ts', '--format', 'dossier', file);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('needs --entity ID');
    const unknown = run('export.ts', '--format', 'dossier', '--entity', 'official:khong-co', file);
    expect(unknown.status).toBe(0);
    expect(unknown.stderr).toContain('no article or note');
  });
}, 60_000);
