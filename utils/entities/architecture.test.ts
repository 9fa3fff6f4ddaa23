import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const sources = (dir: string) =>
  (readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('fixtures'))
    .map((f) => path.join(dir, f));

describe('architecture of the engine and the text rules', () => {
  it('keeps every source file of the engine and the text module under 400 lines', () => {
    const long = [...sources('utils/entities'), ...sources('utils/text')]
      .map((f) => [f, readFileSync(path.join(root, f), 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 400);
    expect(long).toEqual([]);
  });

  it('leaves Vietnamese normalisation to utils/text in the modules that match or compare text', () => {
    const own = ['utils/entities', 'utils/anchoring', 'utils/search', 'utils/page']
      .flatMap(sources)
      .filter((f) => /\.normalize\(['"]NF|toLowerCase\(\)/.test(readFileSync(path.join(root, f), 'utf8')));
    expect(own).toEqual([]);
  });
});
