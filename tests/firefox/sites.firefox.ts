/**
 * Every site's fixture in Firefox (Debian's firefox-esr) with the built MV2 extension, each at its
 * real address, as tests/e2e/page.e2e.ts does in Chromium: on an article the site's adapter finds
 * the body in the browser and the page draws exactly what the engine finds in the adapter's text;
 * a home, section or error page is left alone, without one element of ours; nothing is
 * highlighted outside the article; the article's DOM is as served; and the extension sends
 * nothing anywhere while a reader reads, hovers and opens the panel.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from '../../scripts/lib/firefox';
import { pageUi } from '../../scripts/lib/firefox-ui';
import { SEED_ARTICLE, SITES_DIR } from '../../scripts/lib/fixtures';
import { detectHtml } from '../../scripts/cli/detect';
import { findEntities } from '../../utils/entities';
import type { EntityKind } from '../../utils/model';

const KINDS: EntityKind[] = ['official', 'body', 'resolution'];

interface Fixture {
  kind: 'article' | 'home' | 'category' | '404';
  site: string;
  url: string;
  file: string;
}
/**
 * dantri.com.vn is on Firefox's HSTS preload list, as on Chromium's: the browser insists on https
 * there, which the plain-http fixture server cannot answer (its adapter is covered in
 * tests/unit/sites.test.ts).
 */
const HSTS_PRELOADED = new Set(['dantri']);
const MANIFEST = (JSON.parse(readFileSync(path.join(SITES_DIR, 'manifest.json'), 'utf8')) as Fixture[]).filter(
  (m) => !HSTS_PRELOADED.has(m.site),
);
/** The fixture's address over plain http (the fixture server answers http only). */
const httpUrl = (m: Fixture) => {
  const u = new URL(m.url);
  return `http://${u.host}${u.pathname}${u.search}`;
};

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launchFirefox();
});
afterEach(async () => {
  await h.closePages();
});
afterAll(async () => {
  await h?.close();
});

async function readArticle(url: string): Promise<Page> {
  const page = await h.openPage(url);
  await h.waitForState(page, (s) => s.state === 'article' && s.entities !== null, `${url} read as an article`);
  return page;
}

describe('every site in Firefox', () => {
  it.each(MANIFEST.filter((m) => m.kind === 'article').map((m) => [`${m.site} ${m.file}`, m] as const))(
    'finds and highlights the article: %s',
    async (_name, m) => {
      const page = await readArticle(httpUrl(m));
      const text = detectHtml(httpUrl(m), readFileSync(path.join(SITES_DIR, m.file), 'utf8')).text!;
      const spans = findEntities(text);
      expect(spans.length).toBeGreaterThan(3);
      const drawn = await pageUi(h, page).highlights();
      for (const kind of KINDS)
        expect(drawn[`vna-entity-${kind}`] ?? [], `${m.site} ${kind}`).toEqual(
          spans.filter((s) => s.kind === kind).map((s) => s.text),
        );
      expect((await h.tabState(page))?.entities).toBe(spans.length);
    },
  );

  it.each(MANIFEST.filter((m) => m.kind !== 'article').map((m) => [`${m.kind} of ${m.site}`, m] as const))(
    'leaves the %s alone',
    async (_name, m) => {
      const page = await h.openPage(httpUrl(m));
      await h.waitForState(page, (s) => s.state === 'not-article', `${m.url} not an article`);
      expect(await pageUi(h, page).highlights()).toEqual({});
      // Not one element of ours on the page.
      expect(await page.evaluate(() => [...document.documentElement.children].map((e) => e.localName))).toEqual([
        'head',
        'body',
      ]);
    },
  );
});

describe('the seed article in Firefox', () => {
  const SEED_URL = `http://${SEED_ARTICLE.host}${SEED_ARTICLE.path}`;

  it('highlights only inside the article: nothing in menus, related boxes, comments or the footer', async () => {
    const page = await readArticle(SEED_URL);
    const inside = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const outside: string[] = [];
      let all = 0;
      for (const [, hl] of reg)
        for (const r of hl) {
          all++;
          const el = r.startContainer.parentElement;
          if (
            el?.closest(
              'header, nav, footer, aside, [class*="relate"], [class*="comment"], [id*="comment"], script, style, form',
            )
          )
            outside.push(r.toString());
        }
      return { all, outside };
    });
    expect(inside.all).toBeGreaterThan(10);
    expect(inside.outside).toEqual([]);
  });

  it("changes nothing in the article's DOM, and its one element takes no room", async () => {
    const page = await readArticle(SEED_URL);
    const same = await page.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const article = (d: Document) => d.querySelector('.detail-content, article, [itemprop="articleBody"]')!.innerHTML;
      const host = document.documentElement.lastElementChild!.getBoundingClientRect();
      return {
        article: article(served) === article(document),
        hostSize: host.width + host.height,
        marks: document.querySelectorAll('vna-mark').length,
      };
    });
    expect(same).toEqual({ article: true, hostSize: 0, marks: 0 });
  });

  it('sends nothing anywhere: every request that reaches the network is the page and what its HTML names', async () => {
    // Every http request Firefox makes goes through the fixture server (the harness's proxy),
    // which logs it: the extension's own files never do (moz-extension:), so anything else it
    // fetched would be there.
    const from = h.server.requests.length;
    const page = await readArticle(SEED_URL);
    const ui = pageUi(h, page);
    await ui.hover((await ui.textPoints('Võ Văn Thưởng', 1)).centre);
    await ui.waitFor('card', '[data-testid="entity-card"]');
    await ui.clickFab();
    await ui.waitFor('panel', '[data-testid="entity-panel"]');
    await h.openExtensionPage('/popup.html');
    await new Promise((r) => setTimeout(r, 500));
    const html = readFileSync(path.join(SITES_DIR, SEED_ARTICLE.host, SEED_ARTICLE.path), 'utf8');
    const seen = h.server.requests.slice(from).map((r) => r.split(' ')[0]);
    // Firefox's own background traffic (its services at Mozilla's hosts) is the browser's, not ours.
    const firefoxOwn = (hostPath: string) => /^[^/]*(mozilla\.(com|net|org)|firefox\.com)(:\d+)?\//.test(hostPath);
    const foreign = seen.filter(
      (r) => !r.startsWith(`${SEED_ARTICLE.host}/`) && !firefoxOwn(r) && !html.includes(r.replace(/^[^/]*/, '')),
    );
    expect(seen).toContain(`${SEED_ARTICLE.host}${SEED_ARTICLE.path}`);
    expect(foreign).toEqual([]);
  });
});
