/**
 * Accessibility of every screen, checked by axe-core in the real built extension, in light and
 * dark: the welcome page (opened by the install itself), the popup (its article view, and the
 * search over all notes), the options page, and in an article the panel, the card and the note
 * editor, each in its extension frame. No serious or critical violation anywhere. Also: the
 * floating button's name is its visible text, and the popup reflows without sideways scrolling
 * at the width 200 % zoom leaves it (400 CSS px) and at 320 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForMark, type Harness } from './harness';
import { dossierPath } from '../../utils/dossier/link';
import { SEED_ARTICLE } from '../../scripts/lib/fixtures';
import { clickFab, onHostElement, pointOfText, uiFrame, waitForUi } from './page-ui';
import { axeViolations } from './axe';
import type { Annotation } from '../../utils/model';

const KEY = `http://${SEED_ARTICLE.host}${SEED_ARTICLE.path}`;
const SCHEMES = ['light', 'dark'] as const;

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension();
  const now = new Date().toISOString();
  const note: Annotation = {
    id: '3f0b1c9e-8d57-4c1a-9f43-2a6de1b0c001',
    articleKey: KEY,
    pageUrl: KEY,
    selectors: [{ type: 'TextQuoteSelector', exact: 'Võ Văn Thưởng', prefix: '', suffix: '' }],
    quote: 'Võ Văn Thưởng',
    colour: 'green',
    note: 'Ghi chú để kiểm tra khả năng tiếp cận',
    tags: ['kiểm tra'],
    entityIds: [],
    entityNames: [],
    created: now,
    updated: now,
  };
  const r = await h.sendMessage<{ ok: boolean }>({ type: 'annotation:save', annotation: note });
  if (!r.ok) throw new Error('could not seed the note');
});
afterAll(async () => {
  await h?.close();
});

async function inScheme<T>(page: Page, run: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(100);
    out.push(await run());
  }
  return out;
}

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it('the welcome page opens on install and has no serious violation', async () => {
    const welcomeUrl = `chrome-extension://${h.extensionId}/welcome.html`;
    await expect.poll(() => h.context.pages().some((p) => p.url() === welcomeUrl), { timeout: 10_000 }).toBe(true);
    const page = h.context.pages().find((p) => p.url() === welcomeUrl)!;
    await page.waitForSelector('[data-testid="welcome"]');
    expect(await page.locator('[data-testid="welcome-step"]').count()).toBe(3);
    // The shortcuts shown are the browser's current ones.
    await expect
      .poll(() => page.locator('[data-testid="shortcut-toggle-panel"]').innerText())
      .toMatch(/Alt\s*\+\s*Shift\s*\+\s*E/);
    const found = await inScheme(page, () => axeViolations(page, 'welcome'));
    expect(found.flat()).toEqual([]);
  });

  it('the popup, on its page view and searching all notes, in light and dark', async () => {
    const popup = await h.openPopup();
    // Opened as a tab, the popup's "current tab" is its own: the view for a page it cannot read.
    await popup.waitForSelector('#panel section');
    const pageView = await inScheme(popup, () => axeViolations(popup, 'popup page view'));
    await popup.click('[data-testid="view-all"]');
    await popup.fill('[data-testid="search-input"]', 'kiem tra');
    await popup.waitForSelector('[data-testid="annotation-row"]');
    await popup.click('[data-testid="popup-shortcuts"] summary');
    await popup.waitForSelector('[data-testid="shortcut-sheet"]');
    const allView = await inScheme(popup, () => axeViolations(popup, 'popup search'));
    expect([...pageView, ...allView].flat()).toEqual([]);
    await popup.close();
  });

  it('the options page, in light and dark', async () => {
    const options = await h.openPage(`chrome-extension://${h.extensionId}/options.html`);
    await options.waitForSelector('[data-testid="language"]');
    const found = await inScheme(options, () => axeViolations(options, 'options'));
    expect(found.flat()).toEqual([]);
    await options.close();
  });

  it('tells the kinds apart without colour: their marks in the options are solid, dashed, dotted', async () => {
    const page = await h.openPage(`chrome-extension://${h.extensionId}/options.html`);
    await page.waitForSelector('.kind-mark.official', { state: 'attached' });
    const styles = await page.evaluate(() =>
      ['official', 'body', 'resolution'].map(
        (k) => getComputedStyle(document.querySelector(`.kind-mark.${k}`)!).borderBottomStyle,
      ),
    );
    expect(styles).toEqual(['solid', 'dashed', 'dotted']);
    await page.close();
  });

  it('the dossier index and a dossier, in light and dark', async () => {
    // The seed read (by the tests above or here): the index has rows, the dossier has an article.
    const article = await h.openFixture(SEED_ARTICLE.host, SEED_ARTICLE.path);
    await waitForMark(article, 'data-vna-entities');
    await article.close();
    const index = await h.openPage(`chrome-extension://${h.extensionId}${dossierPath()}`);
    await index.waitForSelector('[data-testid="index-row"]');
    const inIndex = await inScheme(index, () => axeViolations(index, 'dossier index'));
    await index.close();
    const dossier = await h.openPage(`chrome-extension://${h.extensionId}${dossierPath('official:vo-van-thuong')}`);
    await dossier.waitForSelector('[data-testid="dossier-article"]');
    const inDossier = await inScheme(dossier, () => axeViolations(dossier, 'dossier'));
    await dossier.close();
    expect([...inIndex, ...inDossier].flat()).toEqual([]);
  });

  it('the panel, the card and the note editor in an article, in light and dark', async () => {
    const page = await h.openFixture(SEED_ARTICLE.host, SEED_ARTICLE.path);
    await waitForMark(page, 'data-vna-entities');
    const found: string[] = [];
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await clickFab(page);
      await waitForUi(page, '[data-testid="panel-entity"]');
      found.push(...(await axeViolations(uiFrame(page, 'panel')!, `panel (${colorScheme})`)));
      await clickFab(page);

      const p = await pointOfText(page, 'Võ Văn Thưởng', 2);
      await page.mouse.move(p.x - 40, p.y - 60);
      await page.mouse.move(p.x, p.y, { steps: 4 });
      await waitForUi(page, '[data-testid="entity-card"]');
      found.push(...(await axeViolations(uiFrame(page, 'card')!, `card (${colorScheme})`)));

      const q = await pointOfText(page, 'cơ quan trong hệ thống chính trị');
      await page.mouse.move(q.x - 60, q.y);
      await page.mouse.down();
      await page.mouse.move(q.x + 60, q.y, { steps: 6 });
      await page.mouse.up();
      await waitForUi(page, '[data-testid="note-editor"]');
      found.push(...(await axeViolations(uiFrame(page, 'editor')!, `editor (${colorScheme})`)));
      await page.keyboard.press('Escape');
      await page.mouse.click(5, 5);
    }
    expect(found).toEqual([]);
    await page.close();
  });

  it("the floating button's name is its visible text, which says what it counts", async () => {
    const page = await h.openFixture(SEED_ARTICLE.host, SEED_ARTICLE.path);
    const count = await waitForMark(page, 'data-vna-entities');
    const fab = await onHostElement<{ text: string; label: string | null }>(
      page,
      '.fab',
      'function () { return { text: this.textContent, label: this.getAttribute("aria-label") }; }',
    );
    expect(fab?.label).toBeNull();
    expect(fab?.text).toMatch(new RegExp(`^${count} (thực thể|entities?)$`));
    await page.close();
  });

  it('the popup reflows at 200 % zoom (400 CSS px) and at 320 px: nothing scrolls sideways', async () => {
    const popup = await h.openPopup();
    await popup.click('[data-testid="view-all"]');
    await popup.fill('[data-testid="search-input"]', 'kiem tra');
    await popup.waitForSelector('[data-testid="annotation-row"]');
    for (const width of [400, 320]) {
      await popup.setViewportSize({ width, height: 600 });
      const over = await popup.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(over, `${width} px`).toBeLessThanOrEqual(0);
      // "Ignore accents" stays on screen.
      const box = await popup.locator('[data-testid="accent-insensitive"]').boundingBox();
      expect(box && box.x + box.width, `${width} px`).toBeLessThanOrEqual(width);
    }
    await popup.close();
  });
});
