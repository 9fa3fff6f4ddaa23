/**
 * Dossiers in Chromium with the built extension: the reader reads three articles that name Võ Văn
 * Thưởng (Thanh Niên 2019, Báo Chính phủ 2022, VietNamNet 2023), writes a note quoting him and one
 * that names him, then opens his dossier from the popup's search and by its address: the
 * articles newest first, the position he held on each article's day, both notes, the timeline and
 * the Markdown export; then the index of everything read, searched without accents.
 */
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Parser, type Node } from 'commonmark';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, pageErrors, waitForMark, type Harness } from './harness';
import { SEED_ARTICLE } from '../../scripts/lib/fixtures';
import { clickFab, pointOfText, selectText, uiClick, uiFrame, uiType, waitForUi } from './page-ui';
import type { Annotation } from '../../utils/model';

const THUONG = 'official:vo-van-thuong';
const READING = [
  {
    host: 'thanhnien.vn',
    path: '/truong-ban-tuyen-giao-trung-uong-vo-van-thuong-gap-mat-nha-bao-tieu-bieu-185190619093015234.htm',
  },
  { host: SEED_ARTICLE.host, path: SEED_ARTICLE.path },
  {
    host: 'vietnamnet.vn',
    path: '/chu-tich-nuoc-vo-van-thuong-lam-viec-voi-ban-thuong-vu-thanh-uy-ha-noi-2147321.html',
  },
] as const;
/** Served over plain http here: an article is keyed by its page's own origin. */
const key = (r: (typeof READING)[number]) => `http://${r.host}${r.path}`;
const QUOTE = 'Đồng chí Võ Văn Thưởng cho biết tại Hội nghị Trung ương 7';
const NAMING_QUOTE = 'UBND TP Hà Nội cần chủ động phối hợp';
const NAMING_NOTE = 'Chủ tịch nước Võ Văn Thưởng nhắc lại ý này lần thứ hai';

let h: Harness;
let tmp: string;

async function note(page: Page, quote: string, text: string) {
  await selectText(page, quote);
  await waitForUi(page, '[data-testid="note-editor"]');
  await uiType(page, '[data-testid="note-input"]', text);
  await uiClick(page, '[data-testid="note-save"]');
}

async function stored(articleKey: string): Promise<Annotation[]> {
  return (await h.sendMessage<{ data: Annotation[] }>({ type: 'annotations:list', articleKey })).data;
}

const texts = (page: Page, testid: string) => page.locator(`[data-testid=${testid}]`).allTextContents();

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'vna-dossier-e2e-'));
  h = await launchWithExtension();
  // The pages in Vietnamese, whatever the browser's language.
  await h.evalInWorker(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome.storage.local.set({ settings: { language: 'vi' } }),
  );
  for (const r of READING) {
    const page = await h.openFixture(r.host, r.path);
    await waitForMark(page, 'data-vna-saved', '1');
    if (r.host === SEED_ARTICLE.host) {
      await note(page, QUOTE, 'Tổng kết 20 năm Nghị quyết 23');
      await vi.waitFor(async () => expect((await stored(key(r))).map((a) => a.entityIds)).toEqual([[THUONG]]), {
        timeout: 10_000,
      });
    }
    if (r.host === 'vietnamnet.vn') {
      await note(page, NAMING_QUOTE, NAMING_NOTE);
      await vi.waitFor(async () => expect(await stored(key(r))).toHaveLength(1), { timeout: 10_000 });
    }
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }
});

afterAll(async () => {
  await h?.close();
  await rm(tmp, { recursive: true, force: true });
});

/** What a reader checks on the dossier page. */
async function checkDossier(page: Page) {
  await page.waitForSelector('[data-testid=dossier][data-ready=true]');
  expect(await page.textContent('[data-testid=dossier-name]')).toBe('Võ Văn Thưởng');
  const rows = page.locator('[data-testid=dossier-article]');
  expect(await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.key))).toEqual(
    [...READING].reverse().map(key),
  );
  expect(await texts(page, 'article-day')).toEqual(['20/05/2023', '12/12/2022', '19/06/2019']);
  expect(await texts(page, 'article-outlet')).toEqual(['VietNamNet', 'Báo Điện tử Chính phủ', 'Thanh Niên']);
  const roles = await texts(page, 'article-role');
  expect(roles[0]).toContain('Chủ tịch nước');
  expect(roles[0]).not.toContain('Thường trực Ban Bí thư');
  expect(roles[1]).toContain('Thường trực Ban Bí thư');
  expect(roles[1]).not.toContain('Chủ tịch nước');
  expect(roles[2]).toContain('Trưởng Ban Tuyên giáo Trung ương');
  // Each row counts his mentions in that article, as its page found them.
  for (const m of await texts(page, 'article-mentions')) expect(m).toMatch(/^[1-9]\d* lần nhắc$/);
  // Both notes: the one quoting him, the one whose text names him.
  await expect.poll(() => texts(page, 'note-quote')).toEqual([NAMING_QUOTE, QUOTE]);
  expect(await texts(page, 'note-text')).toEqual([NAMING_NOTE, 'Tổng kết 20 năm Nghị quyết 23']);
  // The timeline plots the three articles; his positions run under it.
  const bars = await page
    .locator('[data-testid=timeline] rect.bar')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
  expect(bars.reduce((a, b) => a + b, 0)).toBe(3);
  expect(await page.locator('[data-testid=band]').count()).toBeGreaterThanOrEqual(4);
}

describe('dossiers', () => {
  let dossier: Page;

  it('opens from the card: "Seen in 3 articles you read" leads to his dossier', async () => {
    const page = await h.openFixture(SEED_ARTICLE.host, SEED_ARTICLE.path);
    await waitForMark(page, 'data-vna-entities');
    const p = await pointOfText(page, 'Võ Văn Thưởng', 1);
    await page.mouse.move(p.x, p.y);
    await waitForUi(page, '[data-testid="entity-card"]');
    const card = uiFrame(page, 'card')!;
    const seen = card.locator('[data-testid="seen-in"]');
    await seen.waitFor();
    expect(await seen.textContent()).toBe('Đã gặp trong 3 bài bạn đọc');
    const [opened] = await Promise.all([h.context.waitForEvent('page'), seen.click()]);
    expect(new URL(opened.url()).hash).toBe('#official:vo-van-thuong');
    await checkDossier(opened);
    // The panel links every entity to its dossier too.
    await clickFab(page);
    await waitForUi(page, '[data-testid="entity-panel"]');
    const links = await uiFrame(page, 'panel')!
      .locator('[data-testid="panel-dossier"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
    expect(links).toContain(`chrome-extension://${h.extensionId}/dossier.html#${THUONG}`);
    await Promise.all([opened.close(), page.close()]);
  });

  it("open from the popup's search: his articles, his position on each day, the notes", async () => {
    const popup = await h.openPopup();
    await popup.click('[data-testid=view-all]');
    await popup.waitForSelector('[data-testid=all-view][data-search-ready=true]');
    await popup.fill('[data-testid=search-input]', 'vo van thuong');
    const link = popup.locator(`[data-testid=dossier-link][data-id="${THUONG}"]`);
    await link.waitFor();
    expect(await link.textContent()).toBe('Võ Văn Thưởng (3 bài)');
    [dossier] = await Promise.all([h.context.waitForEvent('page'), link.click()]);
    expect(new URL(dossier.url()).hash).toBe('#official:vo-van-thuong');
    await checkDossier(dossier);
    await popup.close();
  });

  it('exports it as Markdown: front matter, the articles as links with the role that day, the notes as quotes', async () => {
    const [d] = await Promise.all([dossier.waitForEvent('download'), dossier.click('[data-testid=export-dossier-md]')]);
    expect(d.suggestedFilename()).toMatch(/^dossier-vo-van-thuong-\d{4}-\d{2}-\d{2}\.md$/);
    const file = path.join(tmp, d.suggestedFilename());
    await d.saveAs(file);
    const md = await readFile(file, 'utf8');
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(md)![1];
    expect(fm).toContain('title: "Võ Văn Thưởng"');
    expect(fm).toContain(`entity: "${THUONG}"`);
    expect(fm).toContain('articles: 3');
    expect(fm).toContain('notes: 2');
    const doc = new Parser().parse(md.slice(fm.length + 9));
    const all = (type: string) => {
      const out: Node[] = [];
      const w = doc.walker();
      for (let e = w.next(); e; e = w.next()) if (e.entering && e.node.type === type) out.push(e.node);
      return out;
    };
    const text = (n: Node) => {
      let s = '';
      const w = n.walker();
      for (let e = w.next(); e; e = w.next()) if (e.entering && e.node.type === 'text') s += e.node.literal;
      return s;
    };
    const items = all('item').map(text);
    const row = (day: string) => items.find((i) => i.startsWith(day))!;
    expect(row('2023-05-20')).toMatch(/VietNamNet · .* · Chức vụ ngày đó: .*Chủ tịch nước/);
    expect(row('2022-12-12')).toContain('Thường trực Ban Bí thư');
    expect(row('2019-06-19')).toContain('Trưởng Ban Tuyên giáo Trung ương');
    const links = all('link').map((l) => l.destination!);
    // Each article links to the page the reader read (served here over http at its real host).
    for (const r of READING) expect(links.some((l) => l.replace(/^https?:/, '') === `//${r.host}${r.path}`)).toBe(true);
    expect(all('block_quote').map(text)).toEqual([NAMING_QUOTE, QUOTE]);
    const jump = links.find((l) => l.includes(READING[1].path) && l.includes('#:~:text='))!;
    expect(decodeURIComponent(jump)).toContain(QUOTE);
    expect(all('html_inline')).toEqual([]);
  });

  it('opens by its address, and the index lists him among everything read', async () => {
    const direct = await h.openPage(`chrome-extension://${h.extensionId}/dossier.html#${THUONG}`);
    await checkDossier(direct);
    await direct.click('[data-testid=back-to-index]');
    await direct.waitForSelector('[data-testid=dossier-index][data-ready=true]');
    await direct.fill('[data-testid=index-search]', 'VO VAN THUONG');
    const row = direct.locator(`[data-testid=index-row][data-id="${THUONG}"]`);
    await row.waitFor();
    expect(await direct.locator('[data-testid=index-row]').count()).toBe(1);
    expect(await row.locator('[data-testid=index-articles]').textContent()).toBe('3');
    await row.locator('[data-testid=index-link]').click();
    await checkDossier(direct);
    expect(pageErrors(direct)).toEqual([]);
  });
});
