/**
 * The older layouts (tests/fixtures/sites/generations.json) in Chromium with the built extension,
 * at their real addresses: the content script must decide "article or not" as the `detect`
 * command does under linkedom (the generic path walks the DOM, and the two DOMs must agree), and
 * on articles draw what the engine finds in that text, none of it in the boxes left out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, SITES_DIR, waitForMark, type Harness } from './harness';
import { highlightTexts } from './page-ui';
import { detectHtml } from '../../scripts/cli/detect';
import type { CheckPage } from '../../scripts/cli/detect-check';
import { findEntities } from '../../utils/entities';
import { siteForHost } from '../../utils/sites/registry';

/** dantri.com.vn is on Chromium's HSTS preload list (see page.e2e.ts); unlisted hosts get no content script. */
const PAGES = (JSON.parse(readFileSync(path.join(SITES_DIR, 'generations.json'), 'utf8')) as CheckPage[]).filter(
  (p) => {
    const host = new URL(p.url).hostname;
    return siteForHost(host) && siteForHost(host)?.id !== 'dantri';
  },
);

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension();
});
afterAll(async () => {
  await h?.close();
});

describe('older layouts in Chromium', () => {
  it('cover articles and pages to reject', () => {
    expect(PAGES.filter((p) => p.kind === 'article').length).toBeGreaterThan(12);
    expect(PAGES.filter((p) => p.kind !== 'article').length).toBeGreaterThan(8);
  });

  it.each(PAGES.map((p) => [`${p.kind} ${p.layout}`, p] as const))('%s', async (_, p) => {
    const u = new URL(p.url);
    const address = `http://${u.host}${u.pathname}${u.search}`;
    const page = await h.openPage(address);
    const state = await waitForMark(page, 'data-vna-state');
    expect(state).toBe(p.kind === 'article' ? 'article' : 'not-article');
    const drawn = await highlightTexts(page);
    if (p.kind === 'article') {
      await waitForMark(page, 'data-vna-entities');
      const text = detectHtml(address, readFileSync(path.join(SITES_DIR, p.file), 'utf8')).text!;
      const spans = findEntities(text);
      expect(spans.length).toBeGreaterThan(3);
      for (const kind of ['official', 'body', 'resolution'] as const)
        expect(drawn[`vna-entity-${kind}`] ?? [], kind).toEqual(
          spans.filter((s) => s.kind === kind).map((s) => s.text),
        );
    } else expect(drawn).toEqual({});
    await page.close();
  });
});
