import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entitiesLine } from './entities';

describe('entities CLI', () => {
  it('prints one JSON object per file with NFC offsets', () => {
    const raw = 'Bộ Chính trị họp.'.normalize('NFD');
    const row = JSON.parse(entitiesLine('a.txt', raw));
    expect(row).toEqual({
      file: 'a.txt',
      entities: [{ kind: 'body', start: 0, end: 12, text: 'Bộ Chính trị', id: 'body:bo-chinh-tri' }],
    });
  });

  it('reads a short name two bodies shared by the day --date gives, and refuses a day that is none', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ent-cli-'));
    const a = path.join(dir, 'a.txt');
    writeFileSync(a, 'Bộ Nông nghiệp họp báo.');
    const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
    const run = (...args: string[]) =>
      JSON.parse(execFileSync('npx', ['tsx', 'scripts/cli/entities.ts', ...args], { cwd: root, encoding: 'utf8' }))
        .entities[0].id;
    expect(run('--date', '2025-10-05', a)).toBe('body:bo-nong-nghiep-va-moi-truong');
    expect(run(a)).toBe('body:bo-nong-nghiep-va-phat-trien-nong-thon');
    expect(() =>
      execFileSync('npx', ['tsx', 'scripts/cli/entities.ts', '--date', '5/10/2025', a], { cwd: root, stdio: 'pipe' }),
    ).toThrow(/--date expects YYYY-MM-DD/);
  }, 30_000);

  it('gives a bare organ the province of the paper --site names, a listed city paper or not', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ent-cli-'));
    const a = path.join(dir, 'a.txt');
    writeFileSync(a, 'Thành ủy tổ chức hội nghị.');
    const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
    const run = (...args: string[]) =>
      JSON.parse(execFileSync('npx', ['tsx', 'scripts/cli/entities.ts', ...args], { cwd: root, encoding: 'utf8' }))
        .entities[0].id;
    expect(run('--site', 'hanoimoi.com.vn', a)).toBe('body:thanh-uy--ha-noi');
    expect(run('--site', 'vnexpress.net', a)).toBe('body:thanh-uy');
    expect(run(a)).toBe('body:thanh-uy');
    expect(() =>
      execFileSync('npx', ['tsx', 'scripts/cli/entities.ts', '--site', 'https://x/y', a], { cwd: root, stdio: 'pipe' }),
    ).toThrow(/--site expects a host name/);
  }, 30_000);

  it('runs as a command over several files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ent-cli-'));
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    writeFileSync(a, 'Nghị định 100/2019/NĐ-CP');
    writeFileSync(b, 'Không có gì.');
    const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
    const out = execFileSync('npx', ['tsx', 'scripts/cli/entities.ts', a, b], { cwd: root, encoding: 'utf8' });
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        file: a,
        entities: [
          { kind: 'resolution', start: 0, end: 24, text: 'Nghị định 100/2019/NĐ-CP', id: 'resolution:100/2019/nđ-cp' },
        ],
      },
      { file: b, entities: [] },
    ]);
  }, 30_000);
});
