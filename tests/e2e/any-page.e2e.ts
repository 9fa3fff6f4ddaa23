/**
 * Notes everywhere the extension runs (issue 13): on a page where no article is detected the
 * reader can still select text and keep a note, found again on the next visit; the popup learns
 * the page is no article, and "Treat this page as an article" turns the highlights on. And a site
 * switched off from the panel loses every mark of the extension at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, patchStoredSettings, sendToTab, tabState, waitForMark, type Harness } from './harness';
import { clickFab, highlightTexts, noteBoxes, selectByDrag, uiClick, uiType, waitForUi } from './page-ui';
import type { Annotation } from '../../utils/model';

const HOST = 'baochinhphu.vn';
const LIST = '/chinh-tri.htm';
const KEY = `http://${HOST}${LIST}`;

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension();
});
afterAll(async () => {
  await h?.close();
});

/** What the extension's popup would hear from this tab (the same message, sent by the worker). */
const tabInfo = (page: Page) =>
  sendToTab<{ state: string; articleKey: string; entities: unknown[] }>(page, { type: 'tab:info' });

const notes = async (key = KEY) =>
  (await h.sendMessage<{ data: Annotation[] }>({ type: 'annotations:list', articleKey: key })).data;

describe('a page where no article is detected', () => {
  it('takes a note on any text, keeps it, and draws it again on the next visit', async () => {
    const page = await h.openFixture(HOST, LIST);
    expect(await waitForMark(page, 'data-vna-state')).toBe('not-article');
    expect((await tabInfo(page))?.state).toBe('page');
    // A teaser's summary, as a reader might keep one from a section page (text, not a link).
    const quote = 'Chủ tịch nước đánh giá cao những đóng góp của Đại sứ';
    expect(quote.length).toBeGreaterThan(10);
    await selectByDrag(page, quote);
    await waitForUi(page, '[data-testid="note-editor"]');
    await uiType(page, '[data-testid="note-input"]', 'ghi chú trên trang mục lục');
    await uiClick(page, '[data-testid="note-save"]');
    await expect.poll(async () => (await notes()).map((a) => a.quote)).toEqual([quote]);
    // No entity is looked for on such a page, even now it is read for notes.
    expect(await highlightTexts(page)).toEqual({});

    await page.reload();
    await expect.poll(async () => (await tabState(page))?.anchored.map((a) => a.quote)).toEqual([quote]);
    await expect.poll(() => noteBoxes(page)).toBeGreaterThan(0);
    expect(await highlightTexts(page)).toEqual({});
    await page.close();
  });

  it('is read as an article once the reader says so', async () => {
    const page = await h.openFixture(HOST, LIST);
    expect(await waitForMark(page, 'data-vna-state')).toBe('not-article');
    // What the popup's "Treat this page as an article" does: the pattern in the settings...
    await patchStoredSettings(h, { articlePatterns: ['http://baochinhphu.vn/'] });
    // ...and the tab reads the page again, now as an article.
    expect(await waitForMark(page, 'data-vna-state', 'article')).toBe('article');
    await waitForMark(page, 'data-vna-entities');
    expect((await tabInfo(page))?.state).toBe('article');
    expect(Object.keys(await highlightTexts(page)).some((k) => k.startsWith('vna-entity-'))).toBe(true);
    await patchStoredSettings(h, { articlePatterns: [] });
    await page.close();
  });
});

describe('switching a site off from the panel', () => {
  it('takes every highlight and the button away at once, and the tab says it is off', async () => {
    const page = await h.openFixture(
      'vnexpress.net',
      '/thu-tuong-yeu-cau-hoan-thanh-sap-xep-don-vi-hanh-chinh-truoc-ngay-30-6-4862345.html',
    );
    await waitForMark(page, 'data-vna-entities');
    expect(Object.keys(await highlightTexts(page)).length).toBeGreaterThan(0);
    await clickFab(page);
    await waitForUi(page, '[data-testid="entity-panel"]');
    await uiClick(page, '[data-testid="site-off"]');
    await expect.poll(() => highlightTexts(page)).toEqual({});
    await expect.poll(async () => (await tabInfo(page))?.state).toBe('disabled');
    await patchStoredSettings(h, { disabledSites: [] });
    await page.close();
  });
});
