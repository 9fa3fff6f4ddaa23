/**
 * The extension's UI in a page as a reader reaches it, for the tests and the store screenshots:
 * the card, the note editor and the panel are extension frames Playwright can drive directly;
 * the floating button and the highlight layer sit in a closed shadow root, which the DevTools
 * protocol can read, as DevTools does (page scripts cannot).
 */
import type { CDPSession, Frame, Page } from 'playwright-core';

export type Surface = 'card' | 'editor' | 'panel';

/** The extension frame showing `surface` in the page, or null. */
export function uiFrame(page: Page, surface: Surface): Frame | null {
  return (
    page.frames().find((f) => /^(chrome|moz)-extension:/.test(f.url()) && f.url().includes(`frame.html#${surface}:`)) ??
    null
  );
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = await page.context().newCDPSession(page)));
  return s;
}

/** The UI host: the <div> child of <html> with a closed shadow root. */
async function uiShadow(page: Page): Promise<CdpNode | undefined> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const html = root.children?.find((c) => c.nodeName === 'HTML');
  return html?.children?.find((c) => c.nodeName === 'DIV' && c.shadowRoots?.length)?.shadowRoots?.[0];
}

/** Runs `fn` (a function declaration, `this` = the element) on `selector` in the UI host's shadow root. */
export async function onHostElement<R>(page: Page, selector: string, fn: string): Promise<R | null> {
  const s = await cdp(page);
  const shadow = await uiShadow(page);
  if (!shadow) return null;
  const { nodeId } = (await s.send('DOM.querySelector', { nodeId: shadow.nodeId, selector })) as { nodeId: number };
  if (!nodeId) return null;
  const { object } = (await s.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
  const res = (await s.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    returnByValue: true,
  })) as { result: { value: R } };
  return res.result.value;
}

/** Boxes drawn in one of the extension's own layers: the notes', or the entities' (watched names, forced colours). */
export const layerBoxes = async (page: Page, layer: 'notes' | 'entities') =>
  (await onHostElement<number>(page, `[data-layer="${layer}"]`, 'function () { return this.children.length; }')) ?? 0;

/** The reader's highlights drawn in the extension's own layer: how many boxes. */
export const noteBoxes = (page: Page) => layerBoxes(page, 'notes');

/** Clicks the floating button with real mouse input, at its place on screen. */
export async function clickFab(page: Page) {
  const box = await onHostElement<{ x: number; y: number }>(
    page,
    '.fab',
    'function () { const r = this.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }',
  );
  if (!box) throw new Error('no floating button on the page');
  await page.mouse.click(box.x, box.y);
}
