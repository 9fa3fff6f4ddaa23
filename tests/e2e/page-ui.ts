/**
 * Reaches into the extension's in-page UI, which lives in a *closed* shadow root (so the news
 * site's scripts cannot read a note being typed). Page scripts — and Playwright's locators —
 * cannot see it; the DevTools protocol can, as DevTools does.
 */
import type { CDPSession, Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = await page.context().newCDPSession(page)));
  return s;
}

function findNode(node: CdpNode, name: string): CdpNode | undefined {
  if (node.nodeName === name) return node;
  for (const c of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = findNode(c, name);
    if (hit) return hit;
  }
  return undefined;
}

/** Runs `fn` on the first element matching `selector` inside the extension's UI; null when absent. */
export async function onUiElement<R>(
  page: Page,
  selector: string,
  fn: string,
  args: unknown[] = [],
): Promise<R | null> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = findNode(root, 'VNA-UI');
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return null;
  const { nodeId } = (await s.send('DOM.querySelector', { nodeId: shadow.nodeId, selector })) as { nodeId: number };
  if (!nodeId) return null;
  const { object } = (await s.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
  const res = (await s.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value: R } };
  return res.result.value;
}

export const uiText = (page: Page, selector: string) =>
  onUiElement<string>(page, selector, 'function () { return this.innerText; }');
export const uiClick = (page: Page, selector: string) =>
  onUiElement<boolean>(page, selector, 'function () { this.click(); return true; }');
/** Types into a textarea or input the way a reader does: value set, then an input event. */
export const uiType = (page: Page, selector: string, value: string) =>
  onUiElement<boolean>(
    page,
    selector,
    'function (v) { this.focus(); this.value = v; this.dispatchEvent(new Event("input", { bubbles: true })); return true; }',
    [value],
  );

/** Polls until the selector exists in the extension's UI and returns its text. */
export async function waitForUi(page: Page, selector: string, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const text = await uiText(page, selector);
    if (text !== null) return text;
    if (Date.now() > end)
      throw new Error(`${selector} did not appear in the extension's page UI within ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

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
