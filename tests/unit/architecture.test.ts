/**
 * The architecture, held by tests (in the spirit of refined-github's build/features.test.ts).
 * Each rule runs on the repository as it is (no violation) and on a copy with one deliberate
 * break, which it must report: a rule that cannot fail guards nothing.
 */
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/repo-root';
import {
  fileSizes,
  importDirection,
  loadSources,
  MAX_LINES,
  normalisationInText,
  pureModules,
  thinEntrypoints,
  type Source,
} from './architecture/rules';

const tree = loadSources(repoRoot);
const withFile = (f: Source) => [...tree.filter((x) => x.path !== f.path), f];
const source = (p: string) => tree.find((f) => f.path === p)!;

describe('architecture', () => {
  it('finds the source tree', () => {
    expect(tree.length).toBeGreaterThan(200);
    expect(tree.some((f) => f.path === 'utils/text/normalize.ts')).toBe(true);
  });

  describe('pure modules use no browser, DOM or Node global', () => {
    it('holds for utils/text, entities, anchoring, export, backup, search, facts, i18n, url, notes', () => {
      expect(pureModules(repoRoot, tree)).toEqual([]);
    }, 60_000);

    it('fails on a pure module that reads the page, or imports browser glue', () => {
      const broken = { path: 'utils/export/__title.ts', text: 'export const title = () => document.title;\n' };
      expect(pureModules(repoRoot, tree, [broken])).toEqual([
        expect.objectContaining({ file: broken.path, detail: expect.stringContaining("Cannot find name 'document'") }),
      ]);
      const glue = { path: 'utils/search/__glue.ts', text: "export { loadSettings } from '../settings/settings';\n" };
      expect(pureModules(repoRoot, tree, [glue]).map((v) => v.file)).toContain('utils/settings/settings.ts');
    }, 60_000);
  });

  describe('only utils/text normalises text', () => {
    it('holds', () => expect(normalisationInText(tree)).toEqual([]));

    it('fails on a String.prototype.normalize call elsewhere', () => {
      const f = source('utils/export/markdown.ts');
      const broken = { ...f, text: `${f.text}\nexport const nfc = (s: string) => s.normalize('NFC');\n` };
      expect(normalisationInText(withFile(broken))).toEqual([expect.objectContaining({ file: f.path })]);
    });
  });

  describe('product code imports nothing from scripts/, tests/ or utils/testing', () => {
    it('holds', () => expect(importDirection(tree)).toEqual([]));

    it('fails on such an import', () => {
      const f = source('components/popup/model.ts');
      const broken = { ...f, text: `import { SEED_ARTICLE } from '../../scripts/lib/fixtures';\n${f.text}` };
      expect(importDirection(withFile(broken))).toEqual([{ file: f.path, detail: 'imports scripts/lib/fixtures' }]);
    });
  });

  describe('entrypoints are thin', () => {
    it('holds', () => expect(thinEntrypoints(tree)).toEqual([]));

    it('fails on an entrypoint that holds logic', () => {
      const f = source('entrypoints/popup/main.tsx');
      const broken = { ...f, text: `import { z } from 'zod';\n${f.text}${'\n'.repeat(300)}` };
      expect(thinEntrypoints(withFile(broken)).map((v) => v.detail)).toEqual([
        expect.stringMatching(/lines \(an entrypoint has at most/),
        'imports zod; that logic belongs in utils/',
      ]);
    });
  });

  describe(`no source file over ${MAX_LINES} lines`, () => {
    it('holds', () => expect(fileSizes(tree)).toEqual([]));

    it('fails on a long file', () => {
      const f = source('utils/model.ts');
      const broken = { ...f, text: f.text + '// padding\n'.repeat(MAX_LINES) };
      expect(fileSizes(withFile(broken))).toEqual([expect.objectContaining({ file: f.path })]);
    });
  });
});
