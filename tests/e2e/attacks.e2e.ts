/**
 * A news page that attacks the extension (tests/fixtures/attacks/attack.js, in the page's own
 * main world, before any script of ours), served at a real news address in Chromium with the
 * built extension. Each test is one attack of issue 10; it asserts the page learns nothing and
 * changes nothing, and that the reader's journey still works beside the attacker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, patchStoredSettings, tabState, waitForMark, type Harness } from './harness';
import {
  clickFab,
  highlightTexts,
  layerBoxes,
  noteBoxes,
  onHostElement,
  pointOfText,
  selectByDrag,
  textStart,
  uiClick,
  uiFrame,
  uiType,
  waitForUi,
} from './page-ui';
import {
  ATTACK_HOST,
  ATTACK_KEY,
  ATTACK_PATH,
  attackServerOptions,
  EVIL_HOST,
  EVIL_PATH,
  QUOTE,
  REAL_KEY,
  SECRET,
  SEEDED,
  seededNote,
} from '../fixtures/attacks/serve';
import type { Annotation } from '../../utils/model';

const KEY = ATTACK_KEY;

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension({ server: attackServerOptions() });
  const page = await h.openFixture(ATTACK_HOST, ATTACK_PATH);
  await waitForMark(page, 'data-vna-entities');
  const text = await page.evaluate(() => document.body.textContent ?? '');
  await page.close();
  await h.sendMessage({ type: 'annotation:save', annotation: seededNote(text) });
});
afterAll(async () => {
  await h?.close();
});

type Probe = Record<string, (...a: unknown[]) => unknown>;
const probe = <R>(page: Page, name: string, ...args: unknown[]) =>
  page.evaluate(([n, a]) => (window as unknown as { __probe: Probe }).__probe[n as string](...(a as unknown[])) as R, [
    name,
    args,
  ] as const);
const attack = (page: Page) =>
  page.evaluate(() => (window as unknown as { __attack: Record<string, string[]> }).__attack);

async function openAttackPage(): Promise<Page> {
  const page = await h.openFixture(ATTACK_HOST, ATTACK_PATH);
  await waitForMark(page, 'data-vna-entities');
  return page;
}

/** How far (px) the nearest box of the notes' layer is from the words' own place on screen. */
async function offsetOfBox(page: Page, words: string): Promise<number> {
  const boxes = await onHostElement<{ left: number; top: number }[]>(
    page,
    '[data-layer="notes"]',
    'function () { return [...this.children].map((b) => { const r = b.getBoundingClientRect(); return { left: r.left, top: r.top }; }); }',
  );
  const text = await textStart(page, words);
  if (!boxes || !text) return Number.POSITIVE_INFINITY;
  return Math.min(...boxes.map((b) => Math.max(Math.abs(b.left - text.left), Math.abs(b.top - text.top))));
}

async function notes(key = KEY): Promise<Annotation[]> {
  return (await h.sendMessage<{ data: Annotation[] }>({ type: 'annotations:list', articleKey: key })).data;
}

describe('a hostile news page', () => {
  it('defines the extension’s element names first: it captures no shadow root and the UI still works', async () => {
    const page = await openAttackPage();
    await clickFab(page);
    await waitForUi(page, '[data-testid="entity-panel"]');
    // Whatever the page built from its own definitions, none of it holds the extension's UI.
    expect((await probe<(string | null)[]>(page, 'internals')).filter((x) => x !== null)).toEqual([]);
    const marks = await probe<{ strangers: string[] }>(page, 'marks');
    expect(marks.strangers.filter((n) => n.startsWith('vna-'))).toEqual([]);
    await page.close();
  });

  it('learns nothing of a note being written: no keystroke, no text, no passage, no state', async () => {
    const page = await openAttackPage();
    await selectByDrag(page, QUOTE);
    await waitForUi(page, '[data-testid="note-editor"]');
    const before = (await attack(page)).keys.length;
    // The reader types into the editor with the keyboard...
    const editor = uiFrame(page, 'editor')!;
    await editor.locator('[data-testid="note-input"]').click();
    await editor.locator('[data-testid="note-input"]').pressSequentially(SECRET);
    await uiType(page, '[data-testid="tags-input"]', 'nguồn, bí mật');
    // ...while the page tries everything it can reach.
    const stolen = await probe<string[]>(page, 'steal', SECRET);
    await probe(page, 'inject', 'CHÈN-TỪ-TRANG');
    await uiClick(page, '[data-testid="note-save"]');
    await expect.poll(async () => (await notes()).map((a) => a.quote)).toContain(QUOTE);
    const saved = (await notes()).find((a) => a.quote === QUOTE)!;
    expect(saved.note).toBe(SECRET);

    const seen = await attack(page);
    // Not one keystroke of the note reached the page's capture listeners on window.
    expect(seen.keys.slice(before)).toEqual([]);
    expect(stolen.join('\n')).not.toContain('0912');
    expect(stolen.join('\n')).not.toContain('anh Minh');
    // Nothing in the page's highlight registry tells which passage was noted.
    await expect.poll(async () => (await tabState(page))?.anchored.length).toBe(2);
    const highlighted = await probe<string[]>(page, 'highlights');
    expect(highlighted.filter((x) => !x.startsWith('vna-entity-'))).toEqual([]);
    expect(highlighted.some((x) => x.includes('đặt vấn đề, những biện pháp'))).toBe(false);
    // No state of the extension on the page's own elements; its frames are out of the page's sight.
    const marks = await probe<{ htmlAttributes: string[]; frames: string[]; styles: string[] }>(page, 'marks');
    expect(marks.htmlAttributes.filter((a) => a.startsWith('data-vna'))).toEqual([]);
    expect(marks.frames).toEqual([]);
    expect(marks.styles.join(' ')).not.toContain('note');
    expect(seen.attributes.filter((a) => a.includes('data-vna'))).toEqual([]);
    expect(seen.added.filter((n) => n === 'iframe' || n.startsWith('vna-'))).toEqual([]);
    await page.close();
  });

  it('cannot take the keyboard from the note being written: focus comes straight back and the reader is told', async () => {
    const page = await openAttackPage();
    // (Closed even when it fails: the next test asks the tab at this address.)
    try {
      await selectByDrag(page, QUOTE);
      await waitForUi(page, '[data-testid="note-editor"]');
      const editor = uiFrame(page, 'editor')!;
      const input = editor.locator('[data-testid="note-input"]');
      await input.click();
      await input.pressSequentially('Nguồn tin: ');
      const before = (await attack(page)).keys.length;
      // The page moves focus to a textarea of its own while the reader is typing...
      await probe(page, 'stealFocus');
      // ...and the reader types on, at the keyboard (not into a chosen element).
      await page.keyboard.type('anh Minh 0912');
      expect(await probe<string>(page, 'stolenText')).toBe('');
      expect((await attack(page)).keys.slice(before)).toEqual([]);
      await expect.poll(() => input.inputValue()).toBe('Nguồn tin: anh Minh 0912');
      await expect.poll(() => editor.locator('[data-testid="focus-taken"]').count()).toBe(1);
      // The reader's own click in the page (its margin, no note there) still takes focus out of the editor.
      await page.mouse.click(4, 200);
      await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('body');
    } finally {
      await page.close();
    }
  });

  it('acts on real input only: synthetic clicks, mouseups and key chords open nothing', async () => {
    const page = await openAttackPage();
    await expect.poll(async () => (await tabState(page))?.anchored.length).toBeGreaterThan(0);
    await probe(page, 'synthetic');
    await page.waitForTimeout(600);
    expect((await tabState(page))?.open).toEqual({ card: false, editor: false, panel: false });
    // Nor does the reader's own plain click, on which the page's script selects a passage of its
    // choosing: a plain click makes no selection, so the one there is not the reader's.
    await probe(page, 'selectOnMouseup', 'Ban Thường vụ Thành ủy TPHCM về triển khai thực hiện Nghị quyết này');
    const plain = await pointOfText(page, 'Võ Văn Thưởng');
    await page.mouse.click(plain.x, plain.y);
    await page.waitForTimeout(400);
    expect((await tabState(page))?.open.editor).toBe(false);
    // The same gestures by the reader do open them.
    const p = await pointOfText(page, SEEDED);
    await page.mouse.click(p.x, p.y);
    await waitForUi(page, '[data-testid="note-editor"]');
    expect((await tabState(page))?.open.editor).toBe(true);
    await page.close();
  });

  it('cannot switch the extension off, nor take its element away', async () => {
    const page = await openAttackPage();
    const drawn = async () =>
      (await probe<string[]>(page, 'highlights')).filter((x) => x.startsWith('vna-entity-')).length;
    const before = await drawn();
    expect(before).toBeGreaterThan(0);
    await probe(page, 'switchOff', h.extensionId);
    await probe(page, 'removeStrangers');
    await page.waitForTimeout(500);
    expect(await drawn()).toBe(before);
    // Still alive: a change in the article is read, the card still opens on hover.
    await page.evaluate(() =>
      document.querySelector('.detail-content p')?.append(' Thủ tướng Phạm Minh Chính chủ trì hội nghị.'),
    );
    await expect.poll(drawn, { timeout: 10_000 }).toBeGreaterThan(before);
    const p = await pointOfText(page, 'Võ Văn Thưởng', 1);
    await page.mouse.move(p.x, p.y);
    await waitForUi(page, '[data-testid="entity-card"]');
    expect((await probe<{ strangers: string[] }>(page, 'marks')).strangers).toContain('div');
    await page.close();
  });

  it('cannot fade, disable or move the extension’s element: it is put back as it was, and its frames work on', async () => {
    const page = await openAttackPage();
    try {
      await clickFab(page);
      await waitForUi(page, '[data-testid="entity-panel"]');
      expect(await probe<number>(page, 'tamperStrangers')).toBe(1);
      await expect.poll(() => probe<string[]>(page, 'strangers')).toEqual(['html 1 false']);
      // The panel's frame reloaded when the element moved: it connects again and shows the panel.
      await waitForUi(page, '[data-testid="entity-panel"]');
      await uiClick(page, '[data-testid="panel-entity"]');
      await waitForUi(page, '[data-testid="entity-card"]');
    } finally {
      await page.close();
    }
  });

  it('cannot have the reader delete a note they cannot see: under a decoy the editor refuses, and says so', async () => {
    const page = await openAttackPage();
    try {
      await expect.poll(() => noteBoxes(page)).toBeGreaterThan(0);
      const p = await pointOfText(page, SEEDED);
      await page.mouse.click(p.x, p.y);
      await waitForUi(page, '[data-testid="note-delete"]');
      await probe(page, 'cover');
      await page.waitForTimeout(400);
      await uiClick(page, '[data-testid="note-delete"]');
      await waitForUi(page, '[data-testid="editor-covered"]');
      expect((await notes()).map((a) => a.quote)).toContain(SEEDED);
      // Seen again, the same click deletes (and the reader can undo it).
      await probe(page, 'uncover');
      await page.waitForTimeout(400);
      await uiClick(page, '[data-testid="note-delete"]');
      await expect.poll(async () => (await notes()).map((a) => a.quote)).not.toContain(SEEDED);
      await uiClick(page, '[data-testid="undo"]');
      await expect.poll(async () => (await notes()).map((a) => a.quote)).toContain(SEEDED);
    } finally {
      await page.close();
    }
  });

  it('gets nothing from a frame of the extension it embeds itself', async () => {
    const page = await openAttackPage();
    await expect.poll(async () => (await tabState(page))?.anchored.length).toBeGreaterThan(0);
    const url = `chrome-extension://${h.extensionId}/frame.html#editor:${'0'.repeat(32)}`;
    await probe(page, 'embedFrame', url);
    await page.waitForTimeout(1000);
    const own = page.frames().find((f) => f.url() === url);
    expect(own, 'the page-made frame loaded').toBeTruthy();
    expect(await own!.evaluate(() => document.getElementById('app')?.innerHTML)).toBe('');
    // And the page cannot read it anyway.
    expect((await probe<string[]>(page, 'steal', SECRET)).join('\n')).not.toContain('0912');
    await page.close();
  });

  it('learns nothing of the reader’s watch list: its registry is the same with it as without, even where a watched name displaces a built-in one', async () => {
    const without = await openAttackPage();
    const registry = await highlightTexts(without);
    expect(registry['vna-entity-body']).toContain('Ban Thường vụ Thành ủy TPHCM');
    expect(await layerBoxes(without, 'entities')).toBe(0);
    await without.close();
    await patchStoredSettings(h, {
      watchList: [
        // The same words as a built-in body: the watched name wins the place in the panel and the card.
        { kind: 'body', name: 'Ban Thường vụ Thành ủy TPHCM' },
        // Words no built-in rule finds.
        { kind: 'resolution', name: 'đại đoàn kết toàn dân tộc' },
      ],
    });
    try {
      const page = await openAttackPage();
      // The reader sees the watched names, drawn in the extension's layer...
      await expect.poll(() => layerBoxes(page, 'entities')).toBeGreaterThanOrEqual(2);
      // ...and the page's registry is exactly what it is for a reader with no watch list.
      expect(await highlightTexts(page)).toEqual(registry);
      expect(Object.values(await highlightTexts(page)).flat()).not.toContain('đại đoàn kết toàn dân tộc');
      // Nor does the layer's geometry tell where the watched names are.
      expect(await probe<string[]>(page, 'overflow')).toEqual([]);
      await page.close();
    } finally {
      await patchStoredSettings(h, { watchList: [] });
    }
  });

  it('learns nothing of where the notes are from the document’s overflow; the boxes still follow the text as it scrolls', async () => {
    const page = await openAttackPage();
    await expect.poll(() => noteBoxes(page)).toBeGreaterThan(0);
    // Each paragraph shifted far aside behind a clip: no box of the reader's widens the document.
    expect(await probe<string[]>(page, 'overflow')).toEqual([]);
    // The reader's box is on the noted words, before and after the document scrolls under it.
    await pointOfText(page, SEEDED);
    for (const by of [0, 120]) {
      await page.evaluate((dy) => window.scrollBy(0, dy), by);
      await expect.poll(async () => offsetOfBox(page, SEEDED)).toBeLessThan(3);
    }
    await page.close();
  });

  it('cannot mark another article’s notes lost by taking its address (history.pushState)', async () => {
    const other: Annotation = {
      id: '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a',
      articleKey: REAL_KEY,
      pageUrl: REAL_KEY,
      selectors: [
        { type: 'TextQuoteSelector', exact: 'một đoạn không có trên trang tấn công', prefix: '', suffix: '' },
      ],
      quote: 'một đoạn không có trên trang tấn công',
      colour: 'green',
      note: 'ghi chú của bài khác',
      tags: [],
      entityIds: [],
      entityNames: [],
      created: new Date().toISOString(),
      updated: new Date().toISOString(),
    };
    await h.sendMessage({ type: 'annotation:save', annotation: other });
    const page = await openAttackPage();
    try {
      await page.evaluate((path) => history.pushState({}, '', path), new URL(REAL_KEY).pathname);
      // The extension reads the page again under that address and loads that article's notes...
      await expect.poll(async () => (await tabState(page))?.notes).toBe(1);
      await page.waitForTimeout(500);
      // ...but the one it cannot find in this text stays as it was.
      const after = (await notes(REAL_KEY)).find((a) => a.id === other.id);
      expect(after?.orphan ?? false).toBe(false);
    } finally {
      await page.close();
      await h.sendMessage({ type: 'annotation:delete', id: other.id });
    }
  });

  it('another subdomain that claims an article as canonical gets none of its notes and changes none of its record', async () => {
    // A note on the real article, and its record, written as the reader's page would.
    await h.sendMessage({
      type: 'visit',
      article: { key: REAL_KEY, url: REAL_KEY, title: 'Bài thật', site: 'baochinhphu' },
    });
    const note: Annotation = {
      id: '5c7a0b1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d',
      articleKey: REAL_KEY,
      pageUrl: REAL_KEY,
      selectors: [{ type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' }],
      quote: QUOTE,
      colour: 'pink',
      note: SECRET,
      tags: [],
      entityIds: [],
      entityNames: [],
      created: new Date().toISOString(),
      updated: new Date().toISOString(),
    };
    await h.sendMessage({ type: 'annotation:save', annotation: note });
    const page = await h.openFixture(EVIL_HOST, EVIL_PATH);
    await waitForMark(page, 'data-vna-entities');
    await waitForMark(page, 'data-vna-saved', '1');
    // It changes its canonical link later too; the key stays its own.
    await page.waitForTimeout(3000);
    expect((await tabState(page))?.notes).toBe(0);
    expect((await notes(REAL_KEY)).map((a) => a.id)).toEqual([note.id]);
    const articles = await (await h.openPopup()).evaluate(
      (key) =>
        new Promise<{ url: string; title: string } | undefined>((resolve) => {
          const open = indexedDB.open('vn-news-annotator');
          open.onsuccess = () => {
            const req = open.result.transaction('articles').objectStore('articles').get(key);
            req.onsuccess = () => resolve(req.result);
          };
        }),
      REAL_KEY,
    );
    expect(articles).toMatchObject({ url: REAL_KEY, title: 'Bài thật' });
    await page.close();
  });
});
