/**
 * Reaches the extension's UI in a page the way a reader does: the card, the note editor and the
 * panel are extension frames (inside a closed shadow root, so the page's scripts — and
 * Playwright's page locators — cannot reach them); Playwright drives those frames directly with
 * real input. The floating button and the highlight layer sit in the closed shadow root, which
 * the DevTools protocol can read, as DevTools does.
 */
import type { Frame, Page } from 'playwright-core';

import { uiFrame, type Surface } from '../../scripts/lib/extension-ui';

export { clickFab, layerBoxes, noteBoxes, onHostElement, uiFrame } from '../../scripts/lib/extension-ui';

const SURFACE_OF: Record<string, Surface> = {
  'note-editor': 'editor',
  'note-input': 'editor',
  'tags-input': 'editor',
  'note-save': 'editor',
  'note-delete': 'editor',
  'editor-covered': 'editor',
  'focus-taken': 'editor',
  toast: 'editor',
  undo: 'editor',
  'entity-card': 'card',
  'card-count': 'card',
  'card-unlisted-role': 'card',
  'card-no-role': 'card',
  'card-other-person': 'card',
  'card-shared-name': 'card',
  'card-at-date': 'card',
  'card-before': 'card',
  'card-namesakes': 'card',
  'entity-panel': 'panel',
  'panel-entity': 'panel',
  'panel-note': 'panel',
  'panel-notes': 'panel',
  'site-off': 'panel',
};

function surfaceOf(selector: string): Surface {
  const id = /data-testid="?([\w-]+)/.exec(selector)?.[1] ?? '';
  const s = SURFACE_OF[id] ?? (id.startsWith('colour-') ? 'editor' : id.startsWith('panel-') ? 'panel' : undefined);
  if (!s) throw new Error(`no extension frame known for ${selector}`);
  return s;
}

/** Waits until `selector` is shown in its extension frame; returns that frame. */
export async function waitForUi(page: Page, selector: string, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const f = uiFrame(page, surfaceOf(selector));
    const text = f
      ? await f
          .locator(selector)
          .first()
          .innerText({ timeout: 200 })
          .catch(() => null)
      : null;
    if (text !== null) return text;
    if (Date.now() > end)
      throw new Error(`${selector} did not appear in the extension's frames within ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

function frameFor(page: Page, selector: string): Frame {
  const f = uiFrame(page, surfaceOf(selector));
  if (!f) throw new Error(`no ${surfaceOf(selector)} frame in ${page.url()}`);
  return f;
}

export const uiText = async (page: Page, selector: string) =>
  uiFrame(page, surfaceOf(selector))
    ?.locator(selector)
    .first()
    .innerText({ timeout: 1000 })
    .catch(() => null) ?? null;
/** A real click (mouse input) on the element in its frame. */
export const uiClick = async (page: Page, selector: string) => {
  const frame = frameFor(page, selector);
  await settled(frame);
  await frame.locator(selector).first().click();
  return true;
};

/**
 * Waits until the extension's frame stays where it is: a frame that has just drawn its content is
 * sized and placed again by the content script a moment later, and a click computed before that
 * lands where the frame was (a reader never clicks that fast).
 */
async function settled(frame: Frame, timeoutMs = 2000): Promise<void> {
  const el = await frame.frameElement();
  const end = Date.now() + timeoutMs;
  let last = JSON.stringify(await el.boundingBox());
  for (;;) {
    await frame.page().waitForTimeout(60);
    const now = JSON.stringify(await el.boundingBox());
    if (now === last || Date.now() > end) return;
    last = now;
  }
}
/** Types the way a reader does: focus, then keystrokes that replace the value. */
export const uiType = async (page: Page, selector: string, value: string) => {
  await frameFor(page, selector).locator(selector).first().fill(value);
  return true;
};
/** Whether the element has focus inside its frame (and its frame has focus). */
export const uiFocused = (page: Page, selector: string) =>
  frameFor(page, selector)
    .locator(selector)
    .first()
    .evaluate((el) => document.hasFocus() && document.activeElement === el);

/** What the Custom Highlight API draws: for each highlight name, the highlighted strings in order. */
export function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, h] of reg) out[name] = [...h].map((r) => r.toString());
    return out;
  });
}

/** Centre of the n-th occurrence of `text` in the page's visible text, scrolled into view. */
export async function pointOfText(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(
    ([needle, n]) => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let t = w.nextNode() as Text | null; t; t = w.nextNode() as Text | null) {
        const i = t.data.normalize('NFC').indexOf(needle as string);
        if (i < 0 || seen++ < (n as number)) continue;
        const r = document.createRange();
        r.setStart(t, i);
        r.setEnd(t, i + (needle as string).length);
        t.parentElement!.scrollIntoView({ block: 'center' });
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    },
    [text, nth] as const,
  );
  if (!p) throw new Error(`"${text}" not found on ${page.url()}`);
  return p;
}

type Rect = { left: number; top: number; right: number; height: number };

/** The line rectangles of the first occurrence of `text` on screen, after scrolling it to the middle if `scroll`. */
async function textRects(page: Page, text: string, scroll: boolean): Promise<Rect[] | null> {
  return page.evaluate(
    ([needle, toMiddle]) => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let t = w.nextNode() as Text | null; t; t = w.nextNode() as Text | null) {
        const i = t.data.indexOf(needle);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(t, i);
        r.setEnd(t, i + needle.length);
        if (toMiddle) t.parentElement!.scrollIntoView({ block: 'center' });
        return [...r.getClientRects()].map((b) => ({ left: b.left, top: b.top, right: b.right, height: b.height }));
      }
      return null;
    },
    [text, scroll] as const,
  );
}

/** Where the first occurrence of `text` starts on screen now (its first line's rectangle), without scrolling. */
export async function textStart(page: Page, text: string): Promise<{ left: number; top: number } | null> {
  const first = (await textRects(page, text, false))?.[0];
  return first ? { left: first.left, top: first.top } : null;
}

/** Selects `text` (its first occurrence) with a real mouse drag, from its first letter to its last. */
export async function selectByDrag(page: Page, text: string): Promise<void> {
  const rects = await textRects(page, text, true);
  if (!rects?.length) throw new Error(`"${text}" is not on ${page.url()}`);
  const a = rects[0];
  const b = rects[rects.length - 1];
  await page.mouse.move(a.left + 1, a.top + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.right - 1, b.top + b.height / 2, { steps: 8 });
  await page.mouse.up();
}

/** Selects the first occurrence of `text` the way a mouse drag ends: a selection, then mouseup over it. */
export async function selectText(page: Page, text: string, { mouseUp = true } = {}): Promise<void> {
  const p = await pointOfText(page, text);
  await page.evaluate((needle) => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = w.nextNode() as Text | null; t; t = w.nextNode() as Text | null) {
      const i = t.data.indexOf(needle);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(t, i);
      r.setEnd(t, i + needle.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(r);
      return;
    }
  }, text);
  if (!mouseUp) return;
  await page.mouse.move(p.x, p.y);
  await page.mouse.up();
}
