/**
 * The extension's UI in a page in Firefox, reached as a reader reaches it: every click, drag and
 * keystroke is real input (WebDriver BiDi input actions, isTrusted in the page), aimed at the
 * place on screen where the thing is drawn. Where it is drawn is read the way a debugger reads
 * it: inside the extension's frames (moz-extension://…/frame.html, BiDi contexts of their own)
 * and inside the UI host's closed shadow root (BiDi serialises a reference to it); page scripts
 * can do neither.
 */
import type { Page } from 'puppeteer-core';
import type { NodeRef } from './bidi';
import { pollUntil, type FirefoxHarness } from './firefox';

export type Surface = 'card' | 'editor' | 'panel';

interface Point {
  x: number;
  y: number;
}

/** The first and last character boxes of the n-th occurrence of `needle` (scrolled into view). */
function textEnds(needle: string, nth: number) {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let t = w.nextNode() as Text | null; t; t = w.nextNode() as Text | null) {
    const i = t.data.normalize('NFC').indexOf(needle);
    if (i < 0 || seen++ < nth) continue;
    const r = document.createRange();
    r.setStart(t, i);
    r.setEnd(t, i + needle.length);
    t.parentElement?.scrollIntoView({ block: 'center' });
    const rects = r.getClientRects();
    const a = rects[0];
    const b = rects[rects.length - 1];
    const all = r.getBoundingClientRect();
    return {
      start: { x: a.left + 1, y: a.top + a.height / 2 },
      end: { x: b.right - 1, y: b.top + b.height / 2 },
      centre: { x: all.left + all.width / 2, y: all.top + all.height / 2 },
    };
  }
  return null;
}

export function pageUi(h: FirefoxHarness, page: Page) {
  const ctx = h.contextOf(page);
  const bidi = h.bidi;

  /** The extension's one element in the page and its closed shadow root. */
  const shadowRoot = async (): Promise<NodeRef | null> => {
    for (let i = 0; ; i++) {
      const el = await bidi.node(ctx, `document.documentElement.querySelectorAll(':scope > div')[${i}] ?? null`);
      if (!el) return null;
      if (el.shadowRoot) return el.shadowRoot;
    }
  };

  /** Runs `fn(root, ...args)` on the host's shadow root; null when there is no host. */
  const inShadow = async <R>(fn: (root: ShadowRoot, ...a: never[]) => R, args: unknown[] = []): Promise<R | null> => {
    const root = await shadowRoot();
    return root ? bidi.call<R>(ctx, fn, [root, ...args]) : null;
  };

  /** The BiDi context of the extension frame showing `surface`, or null. */
  const frameContext = async (surface: Surface): Promise<string | null> =>
    (await bidi.childrenOf(ctx)).find((c) => /^moz-extension:/.test(c.url) && c.url.includes(`frame.html#${surface}:`))
      ?.context ?? null;

  /** Where the frame's viewport starts in the page's viewport. */
  const frameOrigin = async (surface: Surface): Promise<Point> => {
    const at = await inShadow(
      (root: ShadowRoot, s: string) => {
        const f = [...root.querySelectorAll('iframe')].find((x) => x.src.includes(`frame.html#${s}:`));
        if (!f) return null;
        const r = f.getBoundingClientRect();
        return { x: r.left + f.clientLeft, y: r.top + f.clientTop };
      },
      [surface],
    );
    if (!at) throw new Error(`no ${surface} frame in the extension's shadow root on ${page.url()}`);
    return at;
  };

  const inFrame = async <R>(surface: Surface, fn: (...a: never[]) => R, args: unknown[] = []): Promise<R> => {
    const f = await frameContext(surface);
    if (!f) throw new Error(`no ${surface} frame on ${page.url()}`);
    return bidi.call<R>(f, fn, args);
  };

  /** The visible text of `selector` in the surface's frame, or null when it is not shown. */
  const text = (surface: Surface, selector: string) =>
    inFrame(
      surface,
      (sel: string) => {
        const el = document.querySelector<HTMLElement>(sel);
        return el?.getClientRects().length ? el.innerText : null;
      },
      [selector],
    ).catch(() => null);

  /** The centre of `selector` in the page's viewport (it is scrolled into view in its frame). */
  const pointNow = async (surface: Surface, selector: string): Promise<Point> => {
    const inside = await inFrame(
      surface,
      (sel: string) => {
        const el = document.querySelector<HTMLElement>(sel);
        if (!el) return null;
        el.scrollIntoView({ block: 'nearest' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      },
      [selector],
    );
    if (!inside) throw new Error(`${selector} is not in the ${surface} frame`);
    const origin = await frameOrigin(surface);
    return { x: origin.x + inside.x, y: origin.y + inside.y };
  };

  /**
   * Where `selector` is once it stays put: a frame is placed, then sized to what it loaded, and
   * may move above its line when there is no room below; a click aimed mid-move would miss.
   */
  const pointOf = async (surface: Surface, selector: string): Promise<Point> => {
    let last = await pointNow(surface, selector);
    const end = Date.now() + 3000;
    for (;;) {
      await new Promise((r) => setTimeout(r, 60));
      const now = await pointNow(surface, selector);
      if ((now.x === last.x && now.y === last.y) || Date.now() > end) return now;
      last = now;
    }
  };

  const ui = {
    context: ctx,
    shadowRoot,
    inShadow,
    frameContext,
    inFrame,
    text,

    /** Waits until `selector` is shown in the surface's frame; returns its text. */
    waitFor: (surface: Surface, selector: string, timeoutMs = 10_000) =>
      pollUntil(
        () => text(surface, selector),
        (t) => t !== null,
        () => `${selector} did not appear in the extension's ${surface} frame within ${timeoutMs} ms`,
        timeoutMs,
      ) as Promise<string>,

    /** A real click on `selector` in the surface's frame, where it is on screen. */
    async click(surface: Surface, selector: string) {
      const p = await pointOf(surface, selector);
      await bidi.activate(ctx);
      await bidi.click(ctx, p.x, p.y);
    },

    /** Clicks into a field of the frame and types, key by key, as a reader does. */
    async type(surface: Surface, selector: string, value: string) {
      await ui.click(surface, selector);
      // The keys go wherever focus is: make sure the click put it in this field.
      await pollUntil(
        () => ui.focused(surface, selector),
        (f) => f,
        () => `a click on ${selector} did not focus it (something else was on top of it?)`,
        2000,
        50,
      );
      await bidi.type(ctx, value);
    },

    /** Whether `selector` has focus in its frame, and its frame in the page. */
    focused: (surface: Surface, selector: string) =>
      inFrame(surface, (sel: string) => document.hasFocus() && document.activeElement === document.querySelector(sel), [
        selector,
      ]),

    /** The value of a field of the frame (to check what the reader's keys wrote). */
    value: (surface: Surface, selector: string) =>
      inFrame(surface, (sel: string) => document.querySelector<HTMLInputElement>(sel)?.value ?? null, [selector]),

    /** Centre (and ends) of the n-th occurrence of `needle` in the page, scrolled into view. */
    async textPoints(needle: string, nth = 0) {
      const p = await bidi.call<ReturnType<typeof textEnds>>(ctx, textEnds, [needle, nth]);
      if (!p) throw new Error(`"${needle}" is not on ${page.url()}`);
      return p;
    },

    /** Selects `needle` with a real mouse drag from its first to its last character. */
    async dragSelect(needle: string, nth = 0) {
      const p = await ui.textPoints(needle, nth);
      await bidi.activate(ctx);
      await bidi.drag(ctx, p.start, p.end);
    },

    async clickAt(p: Point) {
      await bidi.activate(ctx);
      await bidi.click(ctx, p.x, p.y);
    },

    async hover(p: Point) {
      await bidi.activate(ctx);
      await bidi.pointer(ctx, [
        { type: 'pointerMove', x: p.x - 30, y: p.y },
        { type: 'pointerMove', x: p.x, y: p.y, duration: 50 },
      ]);
    },

    /** Clicks the floating button (in the closed shadow root) with the mouse. */
    async clickFab() {
      const p = await inShadow((root: ShadowRoot) => {
        const r = root.querySelector('.fab')?.getBoundingClientRect();
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      });
      if (!p) throw new Error(`no floating button on ${page.url()}`);
      await ui.clickAt(p);
    },

    /** How many boxes one of the extension's own layers draws: the notes', or the entities' (watched names, forced colours). */
    layerBoxes: async (layer: 'notes' | 'entities') =>
      (await inShadow(
        (root: ShadowRoot, name: string) => root.querySelector(`[data-layer="${name}"]`)?.children.length ?? 0,
        [layer],
      )) ?? 0,

    /** How many boxes the extension's own layer draws for the reader's highlights. */
    noteBoxes: () => ui.layerBoxes('notes'),

    /** The page's highlight registry: for each name, the highlighted strings. */
    highlights: () =>
      bidi.call<Record<string, string[]>>(ctx, () => {
        const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        return Object.fromEntries([...reg].map(([k, hl]) => [k, [...hl].map((r) => r.toString())]));
      }),
  };
  return ui;
}

export type PageUi = ReturnType<typeof pageUi>;

/** An extension page open in a tab (the popup, options), driven with real input. */
export function extensionPageUi(h: FirefoxHarness, context: string) {
  const bidi = h.bidi;
  const pointOf = async (selector: string): Promise<Point> => {
    const p = await bidi.call<Point | null>(
      context,
      (sel: string) => {
        const el = document.querySelector<HTMLElement>(sel);
        if (!el) return null;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      },
      [selector],
    );
    if (!p) throw new Error(`${selector} is not on the extension page`);
    return p;
  };
  const page = {
    context,
    eval: <R>(fn: (...a: never[]) => R, args: unknown[] = []) => bidi.call<R>(context, fn, args),
    /** The visible texts of every element matching `selector`. */
    texts: (selector: string) =>
      bidi.call<string[]>(
        context,
        (sel: string) =>
          [...document.querySelectorAll<HTMLElement>(sel)]
            .filter((e) => e.getClientRects().length)
            .map((e) => e.innerText),
        [selector],
      ),
    waitFor: (selector: string, timeoutMs = 10_000) =>
      pollUntil(
        () => page.texts(selector),
        (t) => t.length > 0,
        () => `${selector} did not appear on the extension page within ${timeoutMs} ms`,
        timeoutMs,
      ),
    async click(selector: string) {
      const p = await pointOf(selector);
      await bidi.activate(context);
      await bidi.click(context, p.x, p.y);
    },
    async type(selector: string, value: string) {
      await page.click(selector);
      await bidi.type(context, value);
    },
    close: () => bidi.send('browsingContext.close', { context }),
  };
  return page;
}
