/**
 * The build steps that make store material: third-party notices, the privacy page, the icon.
 * (The built result is checked in tests/build/manifest.test.ts.)
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePackages, packageDirOf, renderNotices } from './notices';
import { renderPrivacyPage, splitByLanguage } from './privacy-page';
import { ICON_SIZES, renderIcon } from './icons';
import { repoRoot } from '../lib/repo-root';

describe('third-party notices', () => {
  const root = '/repo';
  it("find a module's package, scoped or nested, and ignore the project's own files", () => {
    expect(packageDirOf('/repo/node_modules/preact/dist/preact.mjs', root)).toBe('node_modules/preact');
    expect(packageDirOf('/repo/node_modules/@preact/signals/dist/x.mjs?v=1', root)).toBe(
      'node_modules/@preact/signals',
    );
    expect(packageDirOf('\0/repo/node_modules/a/node_modules/b/i.js', root)).toBe('node_modules/a/node_modules/b');
    expect(packageDirOf('/repo/utils/model.ts', root)).toBeUndefined();
    expect(packageDirOf('/elsewhere/node_modules/x/i.js', root)).toBeUndefined();
  });

  function fakeRepo(licence: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vna-notices-'));
    mkdirSync(path.join(dir, 'node_modules/lib'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules/lib/LICENSE'), `${licence} licence text of lib`);
    writeFileSync(
      path.join(dir, 'package-lock.json'),
      JSON.stringify({ packages: { 'node_modules/lib': { version: '1.2.3', license: licence } } }),
    );
    return dir;
  }

  it('list each package with its version, licence and licence text', () => {
    const dir = fakeRepo('MIT');
    const text = renderNotices(dir, describePackages(dir, ['node_modules/lib']));
    expect(text).toContain('- lib 1.2.3 (MIT)');
    expect(text).toContain('MIT licence text of lib');
  });

  it('refuse a bundled package under a licence not on the list, and one missing from the lockfile', () => {
    const dir = fakeRepo('GPL-3.0-only');
    expect(() => renderNotices(dir, describePackages(dir, ['node_modules/lib']))).toThrow(
      /lib@1\.2\.3 \(GPL-3\.0-only\)/,
    );
    expect(() => describePackages(dir, ['node_modules/other'])).toThrow(/missing from package-lock/);
  });
});

describe('the privacy page', () => {
  it('keeps each language section apart, marked with its lang, and drops raw HTML', () => {
    const md =
      '# Title\n<!-- lang: en -->\n## Policy\nText <script>x()</script>\n<!-- lang: vi -->\n## Chính sách\nChữ\n';
    expect(splitByLanguage(md).map((s) => s.lang)).toEqual(['en', 'vi']);
    const html = renderPrivacyPage(md);
    expect(html).toMatch(/<section lang="en">\s*<h2>Policy<\/h2>/);
    expect(html).toMatch(/<section lang="vi">\s*<h2>Chính sách<\/h2>/);
    expect(html).not.toContain('<script>');
    expect(() => splitByLanguage('# no marks')).toThrow(/lang: xx/);
  });
});

describe('the icon', () => {
  const svg = readFileSync(path.join(repoRoot, 'assets/icon.svg'), 'utf8');
  it.each(ICON_SIZES)('renders at %i px as a PNG of that size', (size) => {
    const png = renderIcon(svg, size);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });
});
