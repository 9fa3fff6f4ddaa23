/**
 * What a reader sees on article pages, in Chromium with the built extension and the fixtures
 * served at their real host names: the first journey (article found → visit stored through the
 * background → shown in the popup), entity highlights checked against each fixture's expected
 * spans, none on non-article pages, the hover card, and the entity panel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForMark, type Harness } from './harness';
import { SEED_ARTICLE, SITES_DIR } from '../../scripts/lib/fixtures';
import { clickFab, highlightTexts, pointOfText, uiClick, uiFrame, uiText, waitForUi } from './page-ui';
import { detectHtml } from '../../scripts/cli/detect';
import { findEntities } from '../../utils/entities';
import type { EntityKind } from '../../utils/model';

const SEED = SEED_ARTICLE;
const ARTICLES = [
  SEED,
  {
    host: 'vnexpress.net',
    path: '/thu-tuong-yeu-cau-hoan-thanh-sap-xep-don-vi-hanh-chinh-truoc-ngay-30-6-4862345.html',
  },
  { host: 'tuoitre.vn', path: '/bo-chinh-tri-ban-hanh-nghi-quyet-ve-phat-trien-kinh-te-tu-nhan-20250520101530123.htm' },
];
const NON_ARTICLES = [
  { host: 'baochinhphu.vn', path: '/' },
  { host: 'baochinhphu.vn', path: '/chinh-tri.htm' },
  { host: 'vnexpress.net', path: '/thoi-su.html' },
  { host: 'vnexpress.net', path: '/bai-viet-khong-ton-tai-4999999.html' },
  { host: 'tuoitre.vn', path: '/thoi-su.htm' },
];
const KINDS: EntityKind[] = ['official', 'body', 'resolution'];

interface Gold {
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
  optional?: boolean;
}

const file = (f: { host: string; path: string }) => path.join(SITES_DIR, f.host, f.path);

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension();
});
afterAll(async () => {
  await h?.close();
});

async function openArticle(f: { host: string; path: string }): Promise<Page> {
  const page = await h.openFixture(f.host, f.path);
  await waitForMark(page, 'data-vna-entities');
  return page;
}

describe('the first journey', () => {
  it('finds the article, stores the visit through the background, and the popup shows it', async () => {
    const page = await openArticle(SEED);
    expect(await waitForMark(page, 'data-vna-state')).toBe('article');
    await waitForMark(page, 'data-vna-saved', '1');
    const popup = await h.openPopup();
    await popup.getByRole('tab', { name: /Tất cả|All/ }).click();
    const row = popup
      .getByTestId('recent-row')
      .filter({ hasText: 'Thường trực Ban Bí thư làm việc với Ban Thường vụ Thành ủy TPHCM' });
    await row.first().waitFor({ timeout: 10_000 });
    // The record came from the extension's own IndexedDB, not from the page.
    const stored = await popup.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('vn-news-annotator');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('articles').objectStore('articles').getAllKeys();
            req.onsuccess = () => resolve(req.result as string[]);
          };
        }),
    );
    // The article key is the page's own address (no tracking parameters): the fixture page is
    // served over plain http, so its https canonical link, of another origin, is not taken.
    expect(stored).toContain(`http://${SEED.host}${SEED.path}`);
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('entity highlights', () => {
  it.each(ARTICLES)('highlights the expected entities on $host', async (f) => {
    const page = await openArticle(f);
    const drawn = await highlightTexts(page);
    // The page draws exactly what the engine finds in the adapter's text (one code path)...
    const text = detectHtml(`http://${f.host}${f.path}`, readFileSync(file(f), 'utf8')).text!;
    const spans = findEntities(text);
    for (const kind of KINDS)
      expect(drawn[`vna-entity-${kind}`] ?? [], kind).toEqual(spans.filter((s) => s.kind === kind).map((s) => s.text));
    expect(await waitForMark(page, 'data-vna-entities')).toBe(String(spans.length));

    // ...and that agrees with the fixture's hand-checked spans (strict: kind, start and end).
    const gold = (JSON.parse(readFileSync(`${file(f)}.expected.json`, 'utf8')) as { entities: Gold[] }).entities;
    for (const g of gold) expect(text.slice(g.start, g.end)).toBe(g.text);
    const same = (a: { kind: string; start: number; end: number }, b: typeof a) =>
      a.kind === b.kind && a.start === b.start && a.end === b.end;
    const required = gold.filter((g) => !g.optional);
    const tp = spans.filter((s) => required.some((g) => same(s, g))).length;
    const fp = spans.filter((s) => !gold.some((g) => same(s, g))).length;
    const recall = tp / required.length;
    const precision = tp / (tp + fp);
    expect(recall, `recall on ${f.host}`).toBeGreaterThanOrEqual(0.9);
    expect(precision, `precision on ${f.host}`).toBeGreaterThanOrEqual(0.9);
    await page.close();
  });

  // Every site's article fixture, at its real address: the adapter finds the article in the
  // browser and the page draws what the engine finds in the adapter's text.
  // dantri.com.vn is on Chromium's HSTS preload list: the browser insists on https there, which
  // the plain-http fixture server cannot answer. Its adapter is covered in tests/unit/sites.test.ts.
  const HSTS_PRELOADED = new Set(['dantri']);
  const MANIFEST = (
    JSON.parse(readFileSync(path.join(SITES_DIR, 'manifest.json'), 'utf8')) as {
      kind: string;
      site: string;
      url: string;
      file: string;
    }[]
  ).filter((m) => m.kind === 'article' && !HSTS_PRELOADED.has(m.site));
  it.each(MANIFEST.map((m) => [m.site, m] as const))(
    'finds and highlights the article on the %s fixture',
    async (_site, m) => {
      const url = new URL(m.url);
      const page = await h.openPage(`http://${url.host}${url.pathname}${url.search}`);
      expect(await waitForMark(page, 'data-vna-state')).toBe('article');
      await waitForMark(page, 'data-vna-entities');
      const text = detectHtml(
        `http://${url.host}${url.pathname}${url.search}`,
        readFileSync(path.join(SITES_DIR, m.file), 'utf8'),
      ).text!;
      const spans = findEntities(text);
      expect(spans.length).toBeGreaterThan(3);
      const drawn = await highlightTexts(page);
      for (const kind of KINDS)
        expect(drawn[`vna-entity-${kind}`] ?? [], `${m.site} ${kind}`).toEqual(
          spans.filter((s) => s.kind === kind).map((s) => s.text),
        );
      await page.close();
    },
  );

  it.each(NON_ARTICLES.map((f) => [`${f.host}${f.path}`, f] as const))(
    'leaves the non-article page %s alone',
    async (_name, f) => {
      const page = await h.openFixture(f.host, f.path);
      expect(await waitForMark(page, 'data-vna-state')).toBe('not-article');
      expect(await highlightTexts(page)).toEqual({});
      // Not one element of ours on the page.
      expect(await page.evaluate(() => [...document.documentElement.children].map((e) => e.localName))).toEqual([
        'head',
        'body',
      ]);
      await page.close();
    },
  );

  it('only highlights inside the article: nothing in menus, related boxes, comments or the footer', async () => {
    const page = await openArticle(SEED);
    const outside = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const bad: string[] = [];
      for (const [, h] of reg)
        for (const r of h) {
          const el = r.startContainer.parentElement;
          if (
            el?.closest(
              'header, nav, footer, aside, [class*="relate"], [class*="comment"], [id*="comment"], script, style, form',
            )
          )
            bad.push(r.toString());
        }
      return bad;
    });
    expect(outside).toEqual([]);
    await page.close();
  });
});

describe('privacy', () => {
  it("sends nothing anywhere: every request is the page itself or the extension's own files", async () => {
    const seen: string[] = [];
    const record = (r: { url(): string }) => seen.push(r.url());
    h.context.on('request', record);
    const page = await openArticle(SEED);
    const p = await pointOfText(page, 'Võ Văn Thưởng', 1);
    await page.mouse.move(p.x, p.y);
    await waitForUi(page, '[data-testid="entity-card"]');
    await clickFab(page);
    await waitForUi(page, '[data-testid="entity-panel"]');
    const popup = await h.openPopup();
    await popup.waitForTimeout(500);
    h.context.off('request', record);
    // The page's own images and scripts (named in its HTML) are the page's business, not ours.
    const html = readFileSync(file(SEED), 'utf8');
    const foreign = seen.filter(
      (u) =>
        !u.startsWith(`http://${SEED.host}/`) &&
        !u.startsWith(`chrome-extension://${h.extensionId}/`) &&
        !html.includes(u),
    );
    expect(seen.filter((u) => u.startsWith('chrome-extension://')).length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    await Promise.all([page.close(), popup.close()]);
  });

  it("posts no message to the page's scripts", async () => {
    // The page listens before any script of ours runs (WXT's own start message would arrive here).
    const page = await h.context.newPage();
    await page.addInitScript(() => {
      const got: unknown[] = ((window as unknown as { __messages: unknown[] }).__messages = []);
      window.addEventListener('message', (e) => got.push(e.data));
    });
    await page.goto(`http://${SEED.host}${SEED.path}`);
    await waitForMark(page, 'data-vna-entities');
    // A message the page posts itself still arrives, so the listener works.
    await page.evaluate(() => window.postMessage('page-own', '*'));
    await page.waitForFunction(() => (window as unknown as { __messages: unknown[] }).__messages.length > 0);
    expect(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual([
      'page-own',
    ]);
    await page.close();
  });
});

describe('the page stays as it was', () => {
  it("changes nothing in the article's DOM and shifts no layout", async () => {
    const page = await openArticle(SEED);
    const same = await page.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const article = (d: Document) => d.querySelector('.detail-content, article, [itemprop="articleBody"]')!.innerHTML;
      // The extension's one element: a <div> after <body> that takes no room.
      const host = document.documentElement.lastElementChild!.getBoundingClientRect();
      return {
        article: article(served) === article(document),
        hostSize: host.width + host.height,
        marks: document.querySelectorAll('vna-mark').length,
      };
    });
    expect(same).toEqual({ article: true, hostSize: 0, marks: 0 });
    await page.close();
  });
});

describe('hover card and panel', () => {
  it("shows Võ Văn Thưởng's position at the article's date (December 2022)", async () => {
    const page = await openArticle(SEED);
    const p = await pointOfText(page, 'Võ Văn Thưởng', 1);
    await page.mouse.move(p.x, p.y);
    const card = await waitForUi(page, '[data-testid="entity-card"]');
    expect(card).toContain('Võ Văn Thưởng');
    expect(card).toMatch(/12\/12\/2022|2022-12-12/);
    expect(card).toContain('Thường trực Ban Bí thư');
    // Stepping through the mentions moves the card along.
    const count = await uiText(page, '[data-testid="card-count"]');
    expect(count).toMatch(/2 \D+ [5-9]/);
    await page.close();
  });

  it("keeps the reader's own facts on the card, marked as theirs, with their source", async () => {
    const page = await openArticle(SEED);
    const p = await pointOfText(page, 'Võ Văn Thưởng', 1);
    await page.mouse.move(p.x, p.y);
    await waitForUi(page, '[data-testid="entity-card"]');
    // Each position the card shows says where it comes from.
    const card = uiFrame(page, 'card')!;
    expect(await card.locator('[data-testid="card-at-date"] a.src').count()).toBeGreaterThan(0);
    await card.locator('[data-testid="fact-add"]').click();
    await card.locator('[data-testid="fact-title"]').fill('Trưởng Ban Tuyên giáo Trung ương');
    await card.locator('[data-testid="fact-from"]').fill('2016-04-04');
    await card.locator('[data-testid="fact-to"]').fill('2021-02-18');
    // No source, no fact.
    await card.locator('[data-testid="fact-save"]').click();
    expect(await card.locator('[role="alert"]').innerText()).toMatch(/source|nguồn/i);
    await card.locator('[data-testid="fact-source"]').fill('https://baochinhphu.vn/quyet-dinh-1.htm');
    await card.locator('[data-testid="fact-save"]').click();
    await expect.poll(() => card.locator('[data-testid="reader-fact"]').count()).toBe(1);
    expect(await card.locator('[data-testid="reader-fact"]').innerText()).toMatch(/Trưởng Ban Tuyên giáo Trung ương/);
    // Stored in the reader's database, shown again on another visit.
    const facts = await h.sendMessage<{ data: { title: string; source: string }[] }>({
      type: 'facts:list',
      entityId: 'official:vo-van-thuong',
    });
    expect(facts.data).toMatchObject([
      { title: 'Trưởng Ban Tuyên giáo Trung ương', source: 'https://baochinhphu.vn/quyet-dinh-1.htm' },
    ]);
    await page.reload();
    await waitForMark(page, 'data-vna-entities');
    const q = await pointOfText(page, 'Võ Văn Thưởng', 1);
    await page.mouse.move(q.x, q.y);
    await waitForUi(page, '[data-testid="entity-card"]');
    await expect.poll(() => uiFrame(page, 'card')!.locator('[data-testid="reader-fact"]').count()).toBe(1);
    await page.close();
  });

  it('opens the entity panel from the floating button, grouped by kind with counts', async () => {
    const page = await openArticle(SEED);
    await clickFab(page);
    const panel = await waitForUi(page, '[data-testid="entity-panel"]');
    for (const name of ['Võ Văn Thưởng', 'Nguyễn Hồ Hải', 'Ban Thường vụ Thành ủy TPHCM', 'Nghị quyết 23'])
      expect(panel).toContain(name);
    expect(await uiText(page, '[data-testid="panel-group-official"]')).toContain('Võ Văn Thưởng');
    expect(await uiText(page, '[data-testid="panel-group-resolution"]')).toContain('Nghị quyết 23');
    // Turning a kind off removes its highlights, and turning it on brings them back.
    expect((await highlightTexts(page))['vna-entity-resolution']?.length).toBeGreaterThan(0);
    await uiClick(page, '[data-testid="panel-group-resolution"] input[type="checkbox"]');
    await expect.poll(async () => (await highlightTexts(page))['vna-entity-resolution']).toBeUndefined();
    expect((await highlightTexts(page))['vna-entity-official']?.length).toBeGreaterThan(0);
    await uiClick(page, '[data-testid="panel-group-resolution"] input[type="checkbox"]');
    await expect.poll(async () => (await highlightTexts(page))['vna-entity-resolution']?.length).toBe(7);
    await page.close();
  });
});
