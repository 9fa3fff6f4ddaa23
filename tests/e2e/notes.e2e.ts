/**
 * The reader's own highlights in Chromium: select text, highlight it with a note, reload and
 * find it back; change the page's text a little and reload: still back; edit and delete with
 * undo from the page.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, sendToTab, tabState, waitForMark, type Harness } from './harness';
import { SEED_ARTICLE } from '../../scripts/lib/fixtures';
import {
  clickFab,
  highlightTexts,
  noteBoxes,
  pointOfText,
  selectText,
  uiClick,
  uiFocused,
  uiText,
  uiFrame,
  uiType,
  waitForUi,
} from './page-ui';
import type { Annotation } from '../../utils/model';
import { editedALittle, passageRewritten, quoteEditedALittle } from '../fixtures/seed-edits';

const HOST = SEED_ARTICLE.host;
const PATH = SEED_ARTICLE.path;
const QUOTE = 'Thường trực Ban Bí thư đặt vấn đề, những biện pháp triển khai thực hiện';
/** The page is served over plain http here; a note belongs to the page's own origin. */
const KEY = `http://${HOST}${PATH}`;
const NOTE = 'Đánh giá **cao** TPHCM <b>không phải HTML</b>\nDòng thứ hai';

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension();
});
afterAll(async () => {
  await h?.close();
});

async function open(): Promise<Page> {
  const page = await h.openFixture(HOST, PATH);
  await waitForMark(page, 'data-vna-entities');
  return page;
}

async function stored(): Promise<Annotation[]> {
  const res = await h.sendMessage<{ ok: boolean; data: Annotation[] }>({
    type: 'annotations:list',
    articleKey: KEY,
  });
  return res.data;
}

/** The notes anchored on the page (as its content script reports them) — and drawn in the extension's layer. */
const noteHighlights = async (page: Page) => {
  const quotes = ((await tabState(page))?.anchored ?? []).map((a) => a.quote ?? '');
  if (quotes.length && !(await noteBoxes(page))) return ['(anchored but not drawn)'];
  return quotes;
};

describe("the reader's notes", () => {
  it('select, highlight with a note and tags, reload: it is back', async () => {
    const page = await open();
    await selectText(page, QUOTE);
    await waitForUi(page, '[data-testid="note-editor"]');
    await uiClick(page, '[data-testid="colour-green"]');
    await uiType(page, '[data-testid="note-input"]', NOTE);
    await uiType(page, '[data-testid="tags-input"]', 'đại đoàn kết, #TPHCM');
    await uiClick(page, '[data-testid="note-save"]');
    await expect.poll(() => noteHighlights(page)).toEqual([QUOTE]);

    const [saved] = await stored();
    expect(saved).toMatchObject({
      quote: QUOTE,
      colour: 'green',
      note: NOTE,
      tags: ['đại đoàn kết', 'TPHCM'],
      articleKey: KEY,
    });
    const quoteSel = saved.selectors.find((s) => s.type === 'TextQuoteSelector');
    expect(quoteSel).toMatchObject({ exact: QUOTE });
    expect(quoteSel && 'prefix' in quoteSel && quoteSel.prefix.length).toBe(32);
    expect(saved.entityIds).toEqual(['body:ban-bi-thu']);

    await page.reload();
    await waitForMark(page, 'data-vna-entities');
    await expect.poll(() => noteHighlights(page)).toEqual([QUOTE]);
    // Both show where a note and an entity overlap; the note is not in the page's highlight registry.
    const registry = await highlightTexts(page);
    expect(registry['vna-entity-body']).toContain('Ban Bí thư');
    expect(Object.keys(registry).filter((k) => !k.startsWith('vna-entity-'))).toEqual([]);
    await page.close();
  });

  it('comes back after the page was edited a little, and becomes an orphan — never lost — when its text is gone', async () => {
    onTestFinished(() => h.server.setEdit(undefined));
    h.server.setEdit((req, body) => (req.path === PATH ? editedALittle(body) : undefined));
    const page = await open();
    await expect.poll(() => noteHighlights(page)).toEqual([quoteEditedALittle(QUOTE)]);

    h.server.setEdit((req, body) => (req.path === PATH ? passageRewritten(body) : undefined));
    await page.reload();
    await waitForMark(page, 'data-vna-entities');
    await expect.poll(async () => (await stored())[0]?.orphan).toBe(true);
    expect(await noteHighlights(page)).toEqual([]);
    await clickFab(page);
    expect(await waitForUi(page, '[data-testid="panel-notes"]')).toMatch(/không tìm thấy|not found/);
    h.server.setEdit(undefined);
    await page.reload();
    await waitForMark(page, 'data-vna-entities');
    await expect.poll(async () => (await stored())[0]?.orphan).toBe(false);
    await page.close();
  });

  it('a click elsewhere dismisses an untouched offer, but never a note being written', async () => {
    const page = await open();
    const blank = await pointOfText(page, 'Một bài học kinh nghiệm khác');
    await selectText(page, 'những nội dung rất quan trọng');
    await waitForUi(page, '[data-testid="note-editor"]');
    await page.mouse.click(blank.x, blank.y);
    await expect.poll(() => uiText(page, '[data-testid="note-editor"]')).toBeNull();

    await selectText(page, 'những nội dung rất quan trọng');
    await waitForUi(page, '[data-testid="note-editor"]');
    await uiType(page, '[data-testid="note-input"]', 'Đang viết dở');
    await page.mouse.click(blank.x, blank.y);
    await page.waitForTimeout(300);
    expect(await uiText(page, '[data-testid="note-editor"]')).not.toBeNull();
    await page.close();
  });

  it('loses nothing being written when the page reloads the editor, and an edit so kept changes only what the reader changed', async () => {
    const page = await open();
    const WORDS = 'tìm hiểu, quán triệt nội dung thực hiện';
    const drafts = () =>
      h.evalInWorker(async () =>
        Object.keys(
          await (
            globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } }
          ).chrome.storage.session.get(null),
        ).filter((k) => k.startsWith('vna-draft:')),
      );
    const before = await drafts();
    const input = () => uiFrame(page, 'editor')!.locator('[data-testid="note-input"]');
    const typed = () =>
      input()
        .inputValue({ timeout: 500 })
        .catch(() => null);
    // The page moves what it did not write (the extension's element) into its body: the frames reload.
    const moveOurs = () =>
      page.evaluate(() => {
        for (const el of [...document.documentElement.children])
          if (el.localName !== 'head' && el.localName !== 'body') document.body.append(el);
      });
    await selectText(page, WORDS);
    await waitForUi(page, '[data-testid="note-editor"]');
    await input().pressSequentially('Nháp <b>chưa lưu</b>');
    await uiClick(page, '[data-testid="colour-green"]');
    await moveOurs();
    await expect.poll(typed, { timeout: 10_000 }).toBe('Nháp <b>chưa lưu</b>');
    expect(await uiFrame(page, 'editor')!.locator('[aria-pressed="true"]').getAttribute('data-testid')).toBe(
      'colour-green',
    );
    // Closed by the reader, the draft goes (from the worker's session area; an earlier test's page
    // closed with its editor open left one): the same words open an empty editor.
    await input().press('Escape');
    await expect.poll(() => uiText(page, '[data-testid="note-editor"]')).toBeNull();
    await expect.poll(drafts).toEqual(before);
    await selectText(page, WORDS);
    await waitForUi(page, '[data-testid="note-editor"]');
    expect(await typed()).toBe('');
    await input().press('Escape');

    // An edit, reloaded mid-way while the note's tags change elsewhere: saved, the reader's text and the other tags both stand.
    const p = await pointOfText(page, 'đặt vấn đề, những biện pháp');
    await page.mouse.click(p.x, p.y);
    await expect.poll(typed).toBe(NOTE);
    await uiType(page, '[data-testid="note-input"]', 'Sửa dở');
    const id = (await stored()).find((a) => a.quote === QUOTE)!.id;
    await h.sendMessage({ type: 'annotation:update', id, patch: { tags: ['sửa ở nơi khác'] } });
    await moveOurs();
    await expect.poll(typed, { timeout: 10_000 }).toBe('Sửa dở');
    await uiClick(page, '[data-testid="note-save"]');
    await expect.poll(async () => (await stored()).find((a) => a.id === id)?.note).toBe('Sửa dở');
    expect((await stored()).find((a) => a.id === id)?.tags).toEqual(['sửa ở nơi khác']);
    await expect.poll(drafts).toEqual(before);
    await page.close();
  });

  it('the keyboard command and context menu open the editor, focused, for the selection', async () => {
    const page = await open();
    const other = 'cơ quan trong hệ thống chính trị để tìm hiểu';
    await selectText(page, other, { mouseUp: false });
    // What the background sends for the note shortcut (Alt+Shift+G) and for the context-menu item.
    await sendToTab(page, { type: 'tab:highlight-selection' });
    await waitForUi(page, '[data-testid="note-editor"]');
    // Opened from the keyboard, the editor takes focus in its note field.
    await expect.poll(() => uiFocused(page, '[data-testid="note-input"]')).toBe(true);
    await uiClick(page, '[data-testid="note-save"]');
    await expect.poll(async () => (await stored()).map((a) => a.quote).sort()).toEqual([QUOTE, other].sort());
    await page.close();
  });

  it('a click on the highlight edits its note; delete has undo', async () => {
    const page = await open();
    await expect.poll(() => noteHighlights(page)).toContain(QUOTE);
    const p = await pointOfText(page, 'đặt vấn đề, những biện pháp');
    await page.mouse.click(p.x, p.y);
    await waitForUi(page, '[data-testid="note-editor"]');
    await uiType(page, '[data-testid="note-input"]', 'Ghi chú đã sửa');
    await uiClick(page, '[data-testid="note-save"]');
    await expect.poll(async () => (await stored()).find((a) => a.quote === QUOTE)?.note).toBe('Ghi chú đã sửa');
    await expect.poll(async () => (await tabState(page))?.open.editor).toBe(false);

    const q = await pointOfText(page, 'đặt vấn đề, những biện pháp');
    await page.mouse.click(q.x, q.y);
    await waitForUi(page, '[data-testid="note-delete"]');
    await uiClick(page, '[data-testid="note-delete"]');
    await expect.poll(async () => (await stored()).map((a) => a.quote)).not.toContain(QUOTE);
    await expect.poll(() => noteHighlights(page)).not.toContain(QUOTE);
    await uiClick(page, '[data-testid="undo"]');
    await expect.poll(async () => (await stored()).map((a) => a.note)).toContain('Ghi chú đã sửa');
    await expect.poll(() => noteHighlights(page)).toContain(QUOTE);
    expect(await uiText(page, '[data-testid="toast"]')).toBeNull();
    await page.close();
  });

  it('saves a note on exactly the text selected, whatever the page does meanwhile, and never on text it hides', async () => {
    onTestFinished(() => h.server.setEdit(undefined));
    // A word the page's style sheet hides sits inside the passage the reader selects.
    h.server.setEdit((req, body) =>
      req.path === PATH
        ? body
            .replace('</head>', '<style>.an-di { display: none }</style></head>')
            .replace('những nội dung rất quan trọng', 'những nội dung <span class="an-di">CHỮ ẨN</span>rất quan trọng')
        : undefined,
    );
    const page = await open();
    const selected = 'những nội dung rất quan trọng';
    await page.evaluate(() => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let first: Text | null = null;
      let last: Text | null = null;
      for (let t = w.nextNode() as Text | null; t; t = w.nextNode() as Text | null) {
        if (!first && t.data.includes('những nội dung ')) first = t;
        if (first && t.data.startsWith('rất quan trọng')) {
          last = t;
          break;
        }
      }
      const r = document.createRange();
      r.setStart(first!, first!.data.indexOf('những nội dung '));
      r.setEnd(last!, 'rất quan trọng'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    const p = await pointOfText(page, 'rất quan trọng');
    await page.mouse.move(p.x, p.y);
    await page.mouse.up();
    await waitForUi(page, '[data-testid="note-editor"]');
    // While the reader writes, the page inserts text before the passage.
    await page.evaluate(() => {
      const first = document.querySelector('.detail-content p, article p');
      first?.insertAdjacentHTML(
        'beforebegin',
        '<p>Một đoạn mới vừa được trang thêm vào, dài hơn đoạn văn được chọn.</p>',
      );
    });
    await page.waitForTimeout(1500);
    await uiType(page, '[data-testid="note-input"]', 'ghi chú');
    await uiClick(page, '[data-testid="note-save"]');
    await expect.poll(async () => (await stored()).map((a) => a.quote)).toContain(selected);
    const saved = (await stored()).find((a) => a.quote === selected)!;
    expect(JSON.stringify(saved.selectors)).not.toContain('CHỮ ẨN');
    await page.close();
  });
});
