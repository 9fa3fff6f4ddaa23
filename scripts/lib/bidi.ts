/**
 * WebDriver BiDi commands sent straight to Firefox, under puppeteer-core's connection.
 * Puppeteer's own Page and Frame objects lose track of the extension's contexts (an extension
 * frame in a page shows as "about:blank", a moz-extension tab is not listed at all), while
 * Firefox's BiDi reaches them fine: `browsingContext.getTree` names them with their real URL,
 * `script.callFunction` runs in them, `input.performActions` sends real (isTrusted) pointer and
 * key input to any tab, and a closed shadow root serialises with a reference to it (as a
 * debugger sees it; page scripts cannot).
 */
import type { Browser } from 'puppeteer-core';

export interface ContextInfo {
  context: string;
  url: string;
  parent?: string | null;
  children: ContextInfo[] | null;
}

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

type EvalResult =
  | { type: 'success'; result: RemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string; stackTrace?: unknown } };

/** A reference to a DOM node of a context (valid while the node lives). */
export interface NodeRef {
  sharedId: string;
}

/** One pointer step in viewport CSS pixels of the context's top-level page. */
export type PointerStep =
  | { type: 'pointerMove'; x: number; y: number; duration?: number }
  | { type: 'pointerDown' | 'pointerUp'; button?: number }
  | { type: 'pause'; duration: number };

/** WebDriver's codes for the keys tests press (https://w3c.github.io/webdriver/#keyboard-actions). */
export const KEY = {
  enter: '\uE007',
  tab: '\uE004',
  escape: '\uE00C',
  backspace: '\uE003',
  end: '\uE010',
  home: '\uE011',
  shift: '\uE008',
  control: '\uE009',
  alt: '\uE00A',
} as const;

/**
 * Wraps a function so that its arguments travel as one JSON string and its result comes back as
 * one, whatever it is; `__name` is the helper tsx's esbuild puts around named inner functions.
 */
function jsonWrapped(fn: string): string {
  return `async function (__json, ...__nodes) {
    const __name = (f) => f;
    const __args = JSON.parse(__json).map((a) => (a && a.__node !== undefined ? __nodes[a.__node] : a));
    const __r = await (${fn}).apply(this, __args);
    return __r === undefined ? 'null' : JSON.stringify(__r);
  }`;
}

const isNodeRef = (a: unknown): a is NodeRef =>
  !!a && typeof a === 'object' && typeof (a as NodeRef).sharedId === 'string' && Object.keys(a).length === 1;

export class Bidi {
  private readonly conn: { send(method: string, params: object): Promise<{ result: unknown }> };

  constructor(browser: Browser) {
    // The BiDi connection puppeteer-core opened (an internal, but stable, property of BidiBrowser).
    const conn = (browser as unknown as { connection?: Bidi['conn'] }).connection;
    if (!conn)
      throw new Error('This puppeteer browser has no WebDriver BiDi connection (launch it with browser: "firefox").');
    this.conn = conn;
  }

  async send<R = unknown>(method: string, params: object): Promise<R> {
    return (await this.conn.send(method, params)).result as R;
  }

  /** Every context (tab, frame) with its URL, as a flat list. */
  async contexts(): Promise<ContextInfo[]> {
    const { contexts } = await this.send<{ contexts: ContextInfo[] }>('browsingContext.getTree', {});
    const out: ContextInfo[] = [];
    const walk = (c: ContextInfo, parent: string | null) => {
      out.push({ ...c, parent });
      for (const k of c.children ?? []) walk(k, c.context);
    };
    for (const c of contexts) walk(c, null);
    return out;
  }

  /** The child frames of `context` (one level). */
  async childrenOf(context: string): Promise<ContextInfo[]> {
    return (await this.contexts()).filter((c) => c.parent === context);
  }

  /**
   * Runs `fn` in `context` with JSON arguments (NodeRefs travel as references); returns its
   * JSON result. `thisNode` binds `this`; `userActivation` lets it open a window, as a click would.
   */
  async call<R>(
    context: string,
    fn: ((...args: never[]) => unknown) | string,
    args: unknown[] = [],
    opts: { thisNode?: NodeRef; userActivation?: boolean } = {},
  ): Promise<R> {
    const nodes: NodeRef[] = [];
    const plain = args.map((a) => (isNodeRef(a) ? { __node: nodes.push(a) - 1 } : a));
    const res = await this.send<EvalResult>('script.callFunction', {
      functionDeclaration: jsonWrapped(fn.toString()),
      target: { context },
      arguments: [{ type: 'string', value: JSON.stringify(plain) }, ...nodes],
      ...(opts.thisNode ? { this: opts.thisNode } : {}),
      awaitPromise: true,
      resultOwnership: 'none',
      userActivation: opts.userActivation ?? false,
    });
    if (res.type === 'exception') throw new Error(`in ${context}: ${res.exceptionDetails.text}`);
    return JSON.parse(String(res.result.value)) as R;
  }

  /** Evaluates an expression that yields a DOM node; returns a reference to it (null if none). */
  async node(context: string, expression: string): Promise<(NodeRef & { shadowRoot?: NodeRef }) | null> {
    const res = await this.send<EvalResult>('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    if (res.type === 'exception') throw new Error(`in ${context}: ${res.exceptionDetails.text}`);
    const v = res.result;
    if (v.type !== 'node' || !v.sharedId) return null;
    const shadow = (v.value as { shadowRoot?: RemoteValue } | undefined)?.shadowRoot;
    return { sharedId: v.sharedId, ...(shadow?.sharedId ? { shadowRoot: { sharedId: shadow.sharedId } } : {}) };
  }

  /** Makes `context` (a top-level tab) the selected tab, as a reader switching to it would. */
  async activate(context: string): Promise<void> {
    await this.send('browsingContext.activate', { context });
  }

  /** Real mouse input in `context`'s tab (coordinates in its top-level viewport). */
  async pointer(context: string, steps: PointerStep[]): Promise<void> {
    const actions = steps.map((s) =>
      s.type === 'pointerMove'
        ? { type: s.type, x: Math.round(s.x), y: Math.round(s.y), duration: s.duration ?? 0 }
        : s.type === 'pause'
          ? s
          : { type: s.type, button: s.button ?? 0 },
    );
    await this.send('input.performActions', {
      context,
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
    });
  }

  async click(context: string, x: number, y: number): Promise<void> {
    await this.pointer(context, [{ type: 'pointerMove', x, y }, { type: 'pointerDown' }, { type: 'pointerUp' }]);
  }

  /** A press-move-release from one point to another, in several moves, as a hand drags. */
  async drag(context: string, from: { x: number; y: number }, to: { x: number; y: number }, moves = 8) {
    const steps: PointerStep[] = [{ type: 'pointerMove', x: from.x, y: from.y }, { type: 'pointerDown' }];
    for (let i = 1; i <= moves; i++)
      steps.push({
        type: 'pointerMove',
        x: from.x + ((to.x - from.x) * i) / moves,
        y: from.y + ((to.y - from.y) * i) / moves,
        duration: 16,
      });
    steps.push({ type: 'pointerUp' });
    await this.pointer(context, steps);
  }

  /**
   * Real key input to whatever has focus in `context`'s tab: each character of `text` pressed and
   * released (a newline is Enter), or WebDriver key codes from KEY.
   */
  async type(context: string, text: string): Promise<void> {
    const actions = [...text].flatMap((ch) => {
      const value = ch === '\n' ? KEY.enter : ch;
      return [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ];
    });
    await this.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** Presses a chord (modifiers first, released in reverse), e.g. [KEY.alt, KEY.shift, 'E']. */
  async chord(context: string, keys: string[]): Promise<void> {
    const actions = [
      ...keys.map((value) => ({ type: 'keyDown', value })),
      ...[...keys].reverse().map((value) => ({ type: 'keyUp', value })),
    ];
    await this.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.send('input.releaseActions', { context });
  }
}
