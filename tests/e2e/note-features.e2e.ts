/**
 * The reader's note features in Chromium with the built extension: a note on the whole article
 * written in the page and edited in the popup, copied as a citation from the popup and the
 * panel (read back from the clipboard), tag suggestions in the in-page editor, the panel's kind
 * toggles that change this page only, and the key that hides every highlight.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, sendToTab, tabState, waitForMark, type Harness } from './harness';
import { SEED_ARTICLE } from '../../scripts/lib/fixtures';
import {
  clickFab,
  highlightTexts,
  noteBoxes,
  onHostElement,
  selectText,
  uiClick,
  uiFocused,
  uiFrame,
  uiText,
  uiType,
  waitForUi,
} from './page-ui';
import { allowClipboard, clearClipboard, readClipboard } from './clipboard';
import type { Annotation } from '../../utils/model';

const HOST = SEED_ARTICLE.host;
const PATH = SEED_ARTICLE.path;
const KEY = `http://${HOST}${PATH}`;
const TITLE = 'Thường trực Ban Bí thư làm việc với Ban Thường vụ Thành ủy TPHCM';
/** Said right after "Theo đồng chí Võ Văn Thưởng, ": he is its speaker. */
const QUOTE = 'TPHCM là một trong những địa phương có thực tiễn sôi động';
const WHOLE = 'Cả bài xoay quanh tổng kết 20 năm Nghị quyết 23; cần đối chiếu với các địa phương khác.';

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension();
  await allowClipboard(h);
  // The interface in English, whatever the machine's language.
  await h.evalInWorker(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome.storage.local.set({ settings: { language: 'en' } }),
  );
});
afterAll(async () => {
  await h?.close();
});

/** The article in a new tab, closed when the test ends (so a command reaches the right tab). */
async function open(): Promise<Page> {
  const page = await h.openFixture(HOST, PATH);
  onTestFinished(() => page.close().catch(() => undefined));
  await waitForMark(page, 'data-vna-entities');
  return page;
}

async function stored(): Promise<Annotation[]> {
  const res = await h.sendMessage<{ ok: boolean; data: Annotation[] }>({ type: 'annotations:list', articleKey: KEY });
  return res.data;
}

const entityHighlights = async (page: Page) =>
  Object.keys(await highlightTexts(page)).filter((k) => k.startsWith('vna-entity-'));

describe("the reader's note features", () => {
  it('suggests the reader’s own tags in the in-page editor, and Enter takes one', async () => {
    const page = await open();
    await selectText(page, QUOTE);
    await waitForUi(page, '[data-testid="note-editor"]');
    await uiType(page, '[data-testid="note-input"]', 'Nhận định về TPHCM');
    await uiType(page, '[data-testid="tags-input"]', 'đại đoàn kết, địa phương');
    await uiClick(page, '[data-testid="note-save"]');
    await expect.poll(async () => (await stored()).length).toBe(1);

    // A second note: typing "dia" (no accents) offers "địa phương"; Enter takes it.
    await selectText(page, 'Ban Thường vụ Thành ủy TPHCM');
    await waitForUi(page, '[data-testid="note-editor"]');
    const editor = uiFrame(page, 'editor')!;
    const tags = editor.locator('[data-testid="tags-input"]');
    await tags.click();
    await tags.pressSequentially('dia');
    await expect
      .poll(() => editor.locator('[data-testid="tag-suggestion"]').allInnerTexts())
      .toEqual([expect.stringMatching(/^địa phương\s+1 use$/)]);
    expect(await tags.getAttribute('aria-expanded')).toBe('true');
    await tags.press('Enter');
    expect(await tags.inputValue()).toBe('địa phương, ');
    // Enter took the tag; the editor is still open, the note not yet saved.
    expect(await uiText(page, '[data-testid="note-editor"]')).not.toBeNull();
    await uiClick(page, '[data-testid="note-save"]');
    await expect
      .poll(async () => (await stored()).find((a) => a.quote === 'Ban Thường vụ Thành ủy TPHCM')?.tags)
      .toEqual(['địa phương']);
    await page.close();
  });

  it('copies a note as a citation from the popup and from the panel', async () => {
    const popup = await h.openPopup();
    await clearClipboard(popup);
    const row = popup.locator('[data-testid=article-row]');
    await expect.poll(() => row.count()).toBe(1);
    await row.locator('.article-toggle').click();
    const note = popup.locator(`[data-testid=annotation-row]:has-text("${QUOTE}")`);
    await note.locator('[data-testid=annotation-cite]').click();
    await popup.waitForSelector('[data-testid=notice]:has-text("Citation copied")');
    const plain = await readClipboard(popup);
    const [text, link] = plain.trimEnd().split('. http://');
    expect(text).toBe(`“${QUOTE}” — Võ Văn Thưởng, in “${TITLE}”, Báo Điện tử Chính phủ, 12 December 2022`);
    const [page, directive] = `http://${link}`.split('#:~:text=');
    expect(page).toBe(KEY);
    expect(directive.split(',').map(decodeURIComponent).join(' ')).toContain(QUOTE);

    // The panel copies in the format chosen in the popup.
    await popup.locator('[data-testid=template-editor] summary').click();
    await popup.selectOption('[data-testid=citation-format]', 'markdown');
    await clearClipboard(popup);
    const article = await open();
    await clickFab(article);
    await waitForUi(article, '[data-testid="panel-notes"]');
    await uiFrame(article, 'panel')!.locator(`li:has-text("${QUOTE}") [data-testid="panel-cite"]`).click();
    await expect.poll(() => uiText(article, '[data-testid="panel-copied"]')).toBe('Citation copied.');
    const md = await readClipboard(popup);
    expect(md).toMatch(
      new RegExp(`^> ${QUOTE}\\n>\\n> — Võ Văn Thưởng, \\[${TITLE}\\]\\(<${KEY.replace(/[.?]/g, '\\$&')}#:~:text=`),
    );
    await popup.selectOption('[data-testid=citation-format]', 'plain');
    await article.close();
    await popup.close();
  });

  it('keeps a note on the whole article: written in the page, edited in the popup, never an orphan', async () => {
    const page = await open();
    await clickFab(page);
    await waitForUi(page, '[data-testid="panel-add-article-note"]');
    await uiClick(page, '[data-testid="panel-add-article-note"]');
    expect(await waitForUi(page, '[data-testid="note-editor"]')).toContain('Save note');
    await expect.poll(() => uiFocused(page, '[data-testid="note-input"]')).toBe(true);
    await uiType(page, '[data-testid="note-input"]', WHOLE);
    await uiClick(page, '[data-testid="note-save"]');
    await expect.poll(() => uiText(page, '[data-testid="panel-article-notes"]')).toContain('Cả bài xoay quanh');
    const whole = (await stored()).find((a) => a.selectors.length === 0)!;
    expect(whole).toMatchObject({ quote: '', note: WHOLE, articleKey: KEY, pageUrl: KEY });

    // In the popup: listed first for its article, marked as about the whole article; edited there.
    const popup = await h.openPopup();
    await popup.locator('[data-testid=article-row] .article-toggle').click();
    const first = popup.locator('[data-testid=annotation-row]').first();
    await expect.poll(() => first.getAttribute('data-whole-article')).toBe('true');
    await first.locator('[data-testid=annotation-edit]').click();
    await popup.fill('[data-testid=edit-note]', `${WHOLE} Đã bổ sung.`);
    await popup.click('[data-testid=edit-save]');
    // The panel, an extension frame reading the same database, shows the edit.
    await expect.poll(() => uiText(page, '[data-testid="panel-article-notes"]')).toContain('Đã bổ sung.');

    // Reloaded: the highlights are anchored, the whole-article note is none of them and no orphan.
    await page.reload();
    await waitForMark(page, 'data-vna-entities');
    await expect.poll(async () => (await tabState(page))?.anchored.length).toBe(2);
    expect((await tabState(page))?.anchored.map((a) => a.id)).not.toContain(whole.id);
    await page.waitForTimeout(500);
    expect((await stored()).find((a) => a.id === whole.id)?.orphan).toBeFalsy();

    // Its citation is the article's, under the note.
    await clearClipboard(popup);
    await popup.locator('[data-testid=annotation-row]').first().locator('[data-testid=annotation-cite]').click();
    await popup.waitForSelector('[data-testid=notice]:has-text("Citation copied")');
    expect(await readClipboard(popup)).toBe(
      `${WHOLE} Đã bổ sung.\n— “${TITLE}”, Báo Điện tử Chính phủ, 12 December 2022. ${KEY}\n`,
    );
    await popup.close();
    await page.close();
  });

  it("the panel's kind toggles change this page only, and say so", async () => {
    const page = await open();
    await clickFab(page);
    expect(await waitForUi(page, '[data-testid="panel-scope"]')).toMatch(/This page only, not saved/);
    expect((await highlightTexts(page))['vna-entity-resolution']?.length).toBeGreaterThan(0);
    await uiClick(page, '[data-testid="panel-group-resolution"] input[type="checkbox"]');
    await expect.poll(async () => (await highlightTexts(page))['vna-entity-resolution']).toBeUndefined();
    // Saved nowhere: the settings still show resolutions, and another tab of the article does.
    const settings = await h.evalInWorker(async () =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome.storage.local.get('settings'),
    );
    const kinds = (settings.settings as { kinds?: Record<string, { enabled: boolean }> }).kinds;
    expect(kinds?.resolution?.enabled ?? true).toBe(true);
    const other = await open();
    expect((await highlightTexts(other))['vna-entity-resolution']?.length).toBeGreaterThan(0);
    await other.close();
    await page.reload();
    await waitForMark(page, 'data-vna-entities');
    await expect.poll(async () => (await highlightTexts(page))['vna-entity-resolution']?.length).toBeGreaterThan(0);
    // The setting for every site is one click away: the panel opens the options page.
    await clickFab(page);
    await waitForUi(page, '[data-testid="panel-open-settings"]');
    const [options] = await Promise.all([
      h.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html') }),
      uiClick(page, '[data-testid="panel-open-settings"]'),
    ]);
    await options.waitForSelector('[data-testid="kind-enabled-resolution"]');
    await options.close();
    await page.close();
  });

  it('hides and shows every highlight with one key', async () => {
    const commands = await h.evalInWorker(async () =>
      (
        globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } } }
      ).chrome.commands.getAll(),
    );
    // Registered with its default key, which none of the extension's other commands uses.
    expect(commands.find((c) => c.name === 'toggle-highlights')?.shortcut).toBe('Alt+Shift+U');
    expect(new Set(commands.map((c) => c.shortcut).filter(Boolean)).size).toBe(
      commands.filter((c) => c.shortcut).length,
    );

    const page = await open();
    await expect.poll(() => noteBoxes(page)).toBeGreaterThan(0);
    expect(await entityHighlights(page)).toHaveLength(3);
    // What the background sends the tab for the hide/show shortcut (headless Chromium has no browser shortcuts).
    await sendToTab(page, { type: 'tab:toggle-highlights' });
    await expect.poll(() => entityHighlights(page)).toEqual([]);
    await expect.poll(() => noteBoxes(page)).toBe(0);
    const status = () => onHostElement<string>(page, '.status', 'function () { return this.textContent; }');
    await expect.poll(status).toMatch(/All highlights are hidden/);
    // The notes are still there, only not drawn.
    expect((await tabState(page))?.anchored.length).toBe(2);
    await sendToTab(page, { type: 'tab:toggle-highlights' });
    await expect.poll(() => entityHighlights(page)).toHaveLength(3);
    await expect.poll(() => noteBoxes(page)).toBeGreaterThan(0);
    await expect.poll(status).toMatch(/shown again/);
    await page.close();
  });
});
