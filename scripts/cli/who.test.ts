import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/cli/who.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('who command', () => {
  it('prints one JSON line per argument, in order', () => {
    const r = run('Võ Văn Thưởng@2023-06-01', 'Không Có Ai@2020-01-01');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.query, l.date])).toEqual([
      ['Võ Văn Thưởng', '2023-06-01'],
      ['Không Có Ai', '2020-01-01'],
    ]);
    expect(lines[0].people[0].held.map((h: { title: string }) => h.title)).toContain('Chủ tịch nước');
    expect(lines[1].people).toEqual([]);
  });

  it('says what is wrong with a bad argument and exits 2', () => {
    const r = run('Tô Lâm@hôm-nay');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"hôm-nay" is not a date');
  });
});
