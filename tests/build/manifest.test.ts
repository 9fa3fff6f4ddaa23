/**
 * The built manifests for both browsers, as the stores will receive them (run after
 * `npm run build`; `npm run test:build`). Icons at every size, both locales complete, permissions
 * exactly as documented (store/permissions.md, README, PRIVACY.md), one version from
 * package.json, and nothing that loads or runs code from elsewhere.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/repo-root';
import { ICON_SIZES } from '../../scripts/build/icons';
import { SITE_MATCH_PATTERNS } from '../../utils/sites/registry';
import { STRINGS } from '../../utils/i18n';
import { BUILDS, documentedPermissions, filesOf, pngSize, readText, stringsIn } from './built';

const LOCALES = ['en', 'vi'] as const;
const pkg = JSON.parse(readText(path.join(repoRoot, 'package.json'))) as {
  version: string;
  dependencies: Record<string, string>;
};
const ANY_SITE = '*://*/*';

type Messages = Record<string, { message: string; description?: string }>;
const messagesOf = (dir: string, lang: string): Messages =>
  JSON.parse(readText(path.join(dir, '_locales', lang, 'messages.json')));

describe.each(BUILDS)('$browser build', ({ browser, dir, manifest }) => {
  const jsFiles = filesOf(dir).filter((f) => f.endsWith('.js'));

  it("carries package.json's version", () => {
    expect(manifest.version).toBe(pkg.version);
  });

  it('has the icon at every size, as PNGs of that size, for the extension and its toolbar button', () => {
    const sizes = ICON_SIZES.map(String);
    const action = (manifest.action ?? manifest.browser_action) as { default_icon?: Record<string, string> };
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual([...sizes].sort());
    expect(action.default_icon).toEqual(manifest.icons);
    for (const [size, file] of Object.entries(manifest.icons ?? {})) {
      expect(pngSize(path.join(dir, file)), file).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it('names itself, its description, shortcuts and toolbar button only through _locales', () => {
    expect(manifest.default_locale).toBe('en');
    const visible = stringsIn({
      name: manifest.name,
      description: manifest.description,
      commands: manifest.commands,
      title: ((manifest.action ?? manifest.browser_action) as { default_title?: string }).default_title,
    }).filter(([at]) => !at.includes('suggested_key'));
    expect(visible.length).toBeGreaterThanOrEqual(5);
    for (const [at, value] of visible) expect(value, at).toMatch(/^__MSG_\w+__$/);
  });

  it('has every message it uses in both languages, none empty, within the stores’ lengths', () => {
    const fromManifest = stringsIn(manifest).flatMap(([, v]) => [...v.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]));
    const fromCode = jsFiles.flatMap((f) =>
      [...readText(path.join(dir, f)).matchAll(/getMessage\(\s*["'`](\w+)["'`]/g)].map((m) => m[1]),
    );
    // The context menu's title is read by the background at run time.
    expect(fromCode).toContain('menuHighlightSelection');
    const used = new Set([...fromManifest, ...fromCode]);
    const [en, vi] = LOCALES.map((l) => messagesOf(dir, l));
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const key of used) {
      for (const [lang, m] of [
        ['en', en],
        ['vi', vi],
      ] as const)
        expect(m[key]?.message?.trim(), `${lang}: ${key}`).toBeTruthy();
    }
    for (const m of [en, vi]) {
      // AMO allows 50 characters for a name (Chrome 75); Chrome 132 for the description.
      expect(m.extName.message.length).toBeLessThanOrEqual(50);
      expect(m.extDescription.message.length).toBeLessThanOrEqual(132);
    }
    // In Vietnamese the text is Vietnamese, not a copy of the English.
    for (const key of Object.keys(en)) expect(vi[key].message, key).not.toBe(en[key].message);
  });

  it("uses the interface's own name for the extension in both languages", () => {
    for (const lang of LOCALES) expect(messagesOf(dir, lang).extName.message).toBe(STRINGS[lang]['app.name']);
  });

  it('asks for exactly the documented permissions', () => {
    const api = documentedPermissions()
      .filter((p) => p[browser])
      .map((p) => p.name);
    if (browser === 'chrome') {
      expect([...(manifest.permissions ?? [])].sort()).toEqual([...api].sort());
      expect(manifest.host_permissions).toEqual(SITE_MATCH_PATTERNS);
      expect(manifest.optional_host_permissions).toEqual([ANY_SITE]);
    } else {
      // MV2: host permissions sit in `permissions`, optional origins in `optional_permissions`.
      expect([...(manifest.permissions ?? [])].sort()).toEqual([...api, ...SITE_MATCH_PATTERNS].sort());
      expect(manifest.optional_permissions).toEqual([ANY_SITE]);
      expect(manifest.host_permissions).toBeUndefined();
      const gecko = (manifest.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
      expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    }
    expect(manifest.permissions).not.toContain('tabs');
  });

  it('loads no code from elsewhere and makes no network request of its own', () => {
    expect(manifest.content_security_policy ?? null).toBeNull();
    for (const f of filesOf(dir).filter((x) => x.endsWith('.html'))) {
      const html = readText(path.join(dir, f));
      for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)) expect(m[1], f).toMatch(/^\/?[\w./-]+\.js$/);
      expect(html, f).not.toMatch(/<link\b[^>]*href="(https?:)?\/\//);
    }
    const forbidden = [
      /\beval\(/,
      /new Function\(/,
      /\bimportScripts\(/,
      /\bimport\(\s*["'`](https?:)?\/\//,
      /\bfetch\(/,
      /XMLHttpRequest/,
      /\bWebSocket\b/,
      /\bsendBeacon\b/,
      /\bEventSource\b/,
    ];
    expect(jsFiles.length).toBeGreaterThan(3);
    for (const f of jsFiles) {
      const code = readText(path.join(dir, f));
      for (const re of forbidden) expect(re.test(code), `${f} matches ${re}`).toBe(false);
    }
  });

  it('ships its licence, the privacy policy and notices for every bundled library', () => {
    expect(existsSync(path.join(dir, 'LICENSE.txt'))).toBe(true);
    const privacy = readText(path.join(dir, 'privacy.html'));
    expect(privacy).toContain('<section lang="en">');
    expect(privacy).toContain('<section lang="vi">');
    expect(privacy).toContain('Chính sách quyền riêng tư');
    const notices = readText(path.join(dir, 'THIRD_PARTY_NOTICES.txt'));
    for (const name of Object.keys(pkg.dependencies))
      expect(notices, name).toMatch(new RegExp(`^- ${name} \\S+ \\(`, 'm'));
    expect(notices).toMatch(/^- wxt 0\.21\.\d+ \(MIT\)$/m);
    expect(notices).not.toMatch(/^- (mark\.js|vitest|playwright-core|@resvg)/m);
  });

  it('links the privacy policy from the options page', () => {
    expect(filesOf(dir).some((f) => f.endsWith('.js') && readText(path.join(dir, f)).includes('/privacy.html'))).toBe(
      true,
    );
  });
});

describe('the documented permissions', () => {
  const all = documentedPermissions();
  it('are the same in store/permissions.md, README and PRIVACY.md', () => {
    expect(all.map((p) => p.name).sort()).toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'storage',
      'unlimitedStorage',
    ]);
    const readme = readText(path.join(repoRoot, 'README.md'));
    const para = readme.slice(readme.indexOf('Permissions ('), readme.indexOf('\n\n', readme.indexOf('Permissions (')));
    const inReadme = [...para.matchAll(/`([a-zA-Z]+)`/g)].map((m) => m[1]);
    expect(inReadme.sort()).toEqual(all.map((p) => p.name).sort());
    expect(para).toContain(ANY_SITE);
    const privacy = readText(path.join(repoRoot, 'PRIVACY.md'));
    for (const p of all) expect(privacy.match(new RegExp(`\\*\\*${p.name}\\*\\*`, 'g'))?.length, p.name).toBe(2);
  });
});

describe("the one library warning AMO's linter reports", () => {
  it("is Preact's dangerouslySetInnerHTML path, which no product code uses", () => {
    const product = ['components', 'entrypoints', 'utils'].flatMap((d) =>
      filesOf(path.join(repoRoot, d))
        .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
        .map((f) => path.join(repoRoot, d, f)),
    );
    expect(product.length).toBeGreaterThan(50);
    for (const f of product)
      expect(readText(f), f).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=/);
  });
});
