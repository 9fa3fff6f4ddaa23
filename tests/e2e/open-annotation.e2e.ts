/**
 * From the popup back to the page: opening a saved annotation opens the article (or activates
 * its tab) and scrolls to the highlight; an edit made in the page shows in an open popup at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, waitForMark, type Harness } from './harness';
import { SEED_ARTICLE, SITES_DIR } from '../../scripts/lib/fixtures';
import { uiText, uiType, uiClick, waitForUi } from './page-ui';
import { detectHtml } from '../../scripts/cli/detect';
import { describe as describeSelectors } from '../../utils/anchoring/describe';
import type { Annotation } from '../../utils/model';

const HOST = SEED_ARTICLE.host;
const PATH = SEED_ARTICLE.path;
const QUOTE = 'Đại đoàn kết toàn dân tộc phải dựa trên cơ sở giải quyết hài hòa lợi ích với nhân dân';

let h: Harness;
let annotation: Annotation;
beforeAll(async () => {
  h = await launchWithExtension();
  // A note near the end of the article, saved the way the page saves one.
  const text = detectHtml(`http://${HOST}${PATH}`, readFileSync(path.join(SITES_DIR, HOST, PATH), 'utf8')).text!;
  const start = text.indexOf(QUOTE);
  const now = new Date().toISOString();
  annotation = {
    id: '0b6f2f7e-4c1a-4d8e-9f3b-2a1c5d7e9f00',
    articleKey: `http://${HOST}${PATH}`,
    pageUrl: `http://${HOST}${PATH}`,
    selectors: describeSelectors(text, start, start + QUOTE.length),
    quote: QUOTE,
    colour: 'purple',
    note: 'Bài học kinh nghiệm',
    tags: [],
    entityIds: [],
    entityNames: [],
    created: now,
    updated: now,
  };
  await h.sendMessage({
    type: 'visit',
    article: {
      key: annotation.articleKey,
      url: annotation.pageUrl,
      title: 'Thường trực Ban Bí thư làm việc với Ban Thường vụ Thành ủy TPHCM',
      site: 'baochinhphu',
    },
  });
  expect(await h.sendMessage({ type: 'annotation:save', annotation })).toMatchObject({ ok: true });
});
afterAll(async () => {
  await h?.close();
});

describe('popup ↔ page', () => {
  it('opens the article from the popup and scrolls to the note', async () => {
    const popup = await h.openPopup();
    await popup.getByRole('tab', { name: /Tất cả|All/ }).click();
    await popup.getByTestId('article-row').first().getByRole('button').first().click();
    await popup.getByTestId('annotation-open').first().click();
    const page = await expect
      .poll(() => h.context.pages().find((p) => p.url().includes(PATH)), { timeout: 10_000 })
      .toBeTruthy()
      .then(() => h.context.pages().find((p) => p.url().includes(PATH))!);
    await waitForMark(page, 'data-vna-entities');
    // The note's editor opens at the highlight, which is scrolled into view.
    await waitForUi(page, '[data-testid="note-editor"]');
    const visible = await page.evaluate((q) => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let t = w.nextNode() as Text | null; t; t = w.nextNode() as Text | null)
        if (t.data.includes(q.slice(0, 30))) {
          const r = t.parentElement!.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }
      return false;
    }, QUOTE);
    expect(visible).toBe(true);

    // Edit it in the page: the popup, still open in its tab, shows the new note at once.
    await uiType(page, '[data-testid="note-input"]', 'Sửa từ trang bài viết');
    await uiClick(page, '[data-testid="note-save"]');
    await expect
      .poll(() => popup.getByTestId('annotation-row').first().textContent(), { timeout: 10_000 })
      .toContain('Sửa từ trang bài viết');
    // The editor closes once the save is done (the popup may hear of it first).
    await expect.poll(() => uiText(page, '[data-testid="note-editor"]'), { timeout: 5_000 }).toBeNull();
  });
});
