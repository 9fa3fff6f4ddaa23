/**
 * The reader's journeys by keyboard alone, in the real build: open the panel with its shortcut
 * (what the background sends for it: automation's keys never reach the browser's own shortcuts),
 * Tab to an entity, Enter opens its card with focus in it, "Note this mention" opens the editor
 * on the note field, a note with a tag is saved with Ctrl+Enter; the popup finds the note by an
 * accent-free search and copies it as a citation. Also: Escape closes the panel and gives the page
 * its focus back; `?` in the panel shows the shortcuts as the browser binds them; a note whose
 * text is gone is a button the keyboard reaches; and the hover hit test is precise to the letter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, tabState, waitForMark, type Harness } from './harness';
import { SEED_ARTICLE } from '../../scripts/lib/fixtures';
import { uiFrame, uiFocused, waitForUi } from './page-ui';
import { allowClipboard, clearClipboard, readClipboard } from './clipboard';
import type { Annotation } from '../../utils/model';

const KEY = `http://${SEED_ARTICLE.host}${SEED_ARTICLE.path}`;
const NOTE = 'Ghi chú viết bằng bàn phím';
const TAG = 'bàn phím';

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension();
});
afterAll(async () => {
  await h?.close();
});

async function open(): Promise<Page> {
  const page = await h.openFixture(SEED_ARTICLE.host, SEED_ARTICLE.path);
  await waitForMark(page, 'data-vna-entities');
  await page.bringToFront();
  return page;
}

/** What the background does for the panel's shortcut (Alt+Shift+E by default). */
async function pressPanelShortcut() {
  await h.evalInWorker(async () => {
    const c = (
      globalThis as unknown as {
        chrome: {
          tabs: {
            query(q: object): Promise<{ id: number; url: string }[]>;
            sendMessage(id: number, m: object): Promise<unknown>;
          };
        };
      }
    ).chrome;
    // The tab in front, as the command goes to.
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    await c.tabs.sendMessage(tab.id, { type: 'tab:toggle-panel' });
  });
}

/** The element that has focus in a frame that has focus, described by its test id (or tag). */
const focusedIn = (f: Frame | null) =>
  f?.evaluate(() =>
    document.hasFocus()
      ? (document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null)
      : null,
  ) ?? Promise.resolve(null);

/** Presses Tab until the focused element in `surface`'s frame has `testid` (at most `max` presses). */
async function tabTo(page: Page, surface: 'panel' | 'card', testid: string, max = 25) {
  for (let i = 0; i < max; i++) {
    if ((await focusedIn(uiFrame(page, surface))) === testid) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testid} in the ${surface}`);
}

async function stored(): Promise<Annotation[]> {
  return (await h.sendMessage<{ data: Annotation[] }>({ type: 'annotations:list', articleKey: KEY })).data;
}

describe('keyboard only', () => {
  it('the panel shortcut gives the panel focus; Escape closes it and gives the page its focus back', async () => {
    const page = await open();
    await pressPanelShortcut();
    await waitForUi(page, '[data-testid="entity-panel"]');
    await expect.poll(() => focusedIn(uiFrame(page, 'panel')), { timeout: 5000 }).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await tabState(page))?.open.panel, { timeout: 5000 }).toBe(false);
    await expect.poll(() => page.evaluate(() => document.hasFocus())).toBe(true);
    expect(await focusedIn(uiFrame(page, 'panel'))).toBeNull();
    await page.close();
  });

  it('panel → entity → its card → a note with a tag on that mention → the popup finds it by search', async () => {
    const page = await open();
    await pressPanelShortcut();
    await waitForUi(page, '[data-testid="entity-panel"]');
    await expect.poll(() => focusedIn(uiFrame(page, 'panel')), { timeout: 5000 }).not.toBeNull();

    await tabTo(page, 'panel', 'panel-entity');
    const name = await uiFrame(page, 'panel')!.evaluate(() => document.activeElement?.firstElementChild?.textContent);
    await page.keyboard.press('Enter');
    await waitForUi(page, '[data-testid="entity-card"]');
    // The card opened with focus on itself, so it is read from its name down.
    await expect.poll(() => focusedIn(uiFrame(page, 'card')), { timeout: 5000 }).toBe('entity-card');
    expect(await uiFrame(page, 'card')!.locator('h2').innerText()).toBe(name);

    await tabTo(page, 'card', 'card-note');
    await page.keyboard.press('Enter');
    await waitForUi(page, '[data-testid="note-editor"]');
    // The editor opens on the note field, not on the colour swatches.
    await expect.poll(() => uiFocused(page, '[data-testid="note-input"]'), { timeout: 5000 }).toBe(true);
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Tab');
    await expect.poll(() => uiFocused(page, '[data-testid="tags-input"]')).toBe(true);
    await page.keyboard.type(TAG);
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await stored()).find((a) => a.note === NOTE)?.tags).toEqual([TAG]);
    const saved = (await stored()).find((a) => a.note === NOTE)!;
    expect(saved.quote.normalize('NFC')).toBe(name);
    await expect.poll(async () => (await tabState(page))?.open.editor).toBe(false);

    // The popup, by keyboard: the "All" tab with the arrow key, then the search field.
    const popup = await h.openPopup();
    await popup.waitForSelector('[data-testid="view-page"]');
    await popup.focus('[data-testid="view-page"]');
    await popup.keyboard.press('ArrowRight');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    await popup.keyboard.type('ban phim');
    await expect.poll(() => popup.locator('[data-testid="annotation-note"]').allInnerTexts()).toContain(NOTE);
    // Copied as a citation, by keyboard: Tab to the found note's "Cite", Enter; the clipboard holds the quote.
    await allowClipboard(h);
    await clearClipboard(popup);
    for (let i = 0; i < 40; i++) {
      if ((await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'annotation-cite')
        break;
      await popup.keyboard.press('Tab');
    }
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('annotation-cite');
    await popup.keyboard.press('Enter');
    await expect.poll(() => readClipboard(popup)).toContain(name);
    await popup.close();
    await page.close();
  });

  it('`?` in the panel lists the shortcuts as the browser binds them; Escape goes back to the panel', async () => {
    const page = await open();
    await pressPanelShortcut();
    await waitForUi(page, '[data-testid="entity-panel"]');
    await expect.poll(() => focusedIn(uiFrame(page, 'panel'))).not.toBeNull();
    await page.keyboard.press('?');
    const panel = uiFrame(page, 'panel')!;
    await panel.waitForSelector('[data-testid="shortcut-sheet"]');
    await expect
      .poll(() => panel.locator('[data-testid="shortcut-toggle-panel"]').innerText())
      .toMatch(/Alt\+Shift\+E/);
    expect(await panel.locator('[data-testid="shortcut-highlight-selection"]').innerText()).toMatch(/Alt\+Shift\+G/);
    await page.keyboard.press('Escape');
    await panel.waitForSelector('[data-testid="entity-panel"]');
    expect((await tabState(page))?.open.panel).toBe(true);
    await page.close();
  });

  it('a note whose text is gone is a button the keyboard reaches and opens', async () => {
    const now = new Date().toISOString();
    const orphan: Annotation = {
      id: '6b1f0c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b',
      articleKey: KEY,
      pageUrl: KEY,
      selectors: [
        { type: 'TextQuoteSelector', exact: 'một câu đã bị biên tập viên xóa khỏi bài', prefix: '', suffix: '' },
      ],
      quote: 'một câu đã bị biên tập viên xóa khỏi bài',
      colour: 'pink',
      note: 'mồ côi',
      tags: [],
      entityIds: [],
      entityNames: [],
      created: now,
      updated: now,
    };
    await h.sendMessage({ type: 'annotation:save', annotation: orphan });
    const page = await open();
    await pressPanelShortcut();
    await waitForUi(page, '[data-testid="panel-note"]');
    await expect.poll(() => focusedIn(uiFrame(page, 'panel')), { timeout: 5000 }).not.toBeNull();
    const panel = uiFrame(page, 'panel')!;
    const orphanButton = panel.locator('[data-testid="panel-note"]', { hasText: 'biên tập viên' });
    expect(await orphanButton.isDisabled()).toBe(false);
    await tabTo(page, 'panel', 'panel-note', 40);
    while (!(await orphanButton.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForUi(page, '[data-testid="note-editor"]');
    await expect.poll(() => uiFocused(page, '[data-testid="note-input"]')).toBe(true);
    await page.close();
  });

  it('the card opens on the right half of a name’s last letter, and not just past it', async () => {
    const page = await open();
    const name = 'Võ Văn Thưởng';
    // The name's last letter, from the range the extension highlights (the page's own characters).
    const box = await page.evaluate((needle) => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const ranges = [...(reg.get('vna-entity-official') ?? [])].filter(
        (r) => r.toString().normalize('NFC') === needle,
      );
      const range = ranges[2];
      if (!range) return null;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(range.endContainer, range.endOffset - 1);
      r.setEnd(range.endContainer, range.endOffset);
      const b = r.getBoundingClientRect();
      return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
    }, name);
    if (!box) throw new Error('name not highlighted three times on the page');
    const y = (box.top + box.bottom) / 2;
    // Just past the name (a few pixels into the next character or space): no card.
    await page.mouse.move(box.right + 4, y, { steps: 3 });
    await page.waitForTimeout(600);
    expect((await tabState(page))?.open.card).toBe(false);
    // On the right half of its last letter: the card.
    await page.mouse.move(box.right - (box.right - box.left) / 4, y, { steps: 2 });
    await expect.poll(async () => (await tabState(page))?.open.card, { timeout: 5000 }).toBe(true);
    // The card keeps off the name's line (the line the pointer is on).
    await waitForUi(page, '[data-testid="entity-card"]');
    const card = await (await uiFrame(page, 'card')!.frameElement()).boundingBox();
    expect(card && (card.y + card.height <= box.top || card.y >= box.bottom)).toBe(true);
    // The pointer leaves for the margin, not towards the card: it goes.
    await page.mouse.move(5, 5, { steps: 3 });
    await expect.poll(async () => (await tabState(page))?.open.card, { timeout: 5000 }).toBe(false);
    await page.close();
  });
});
