/**
 * Who is asking the background, and what they may touch. A content script runs inside a news
 * page and acts for that page's origin only; the extension's frames inside a page (note editor,
 * panel, card) act for the origin of the tab they are in; the extension's own pages (popup,
 * options, dossier) act for the reader everywhere. Notes are bound to the origin (scheme and
 * host) of their article key: nothing running for one origin reads or changes another's.
 */

export type Caller =
  /** The popup, the options page, a dossier tab: the extension's own pages. */
  | { kind: 'extension' }
  /** One of the extension's frames inside a page of `origin`, in tab `tabId`. */
  | { kind: 'frame'; origin: string; tabId?: number }
  /** The content script in a page of `origin`. */
  | { kind: 'content'; origin: string }
  | { kind: 'refused'; why: string };

/** The parts of runtime.MessageSender this reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { url?: string; id?: number };
}

/** The origin of a web URL ("https://host[:port]"), or null for anything else. */
export function webOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

export function callerOf(sender: SenderLike | undefined, ext: { id: string; baseUrl: string }): Caller {
  if (!sender || sender.id !== ext.id) return { kind: 'refused', why: 'the message did not come from this extension' };
  if (sender.url?.startsWith(ext.baseUrl)) {
    const tabUrl = sender.tab?.url;
    // An extension page in its own tab, or the popup (no tab): the reader's own screens.
    if (!sender.tab || tabUrl?.startsWith(ext.baseUrl)) return { kind: 'extension' };
    const origin = webOrigin(tabUrl);
    return origin
      ? { kind: 'frame', origin, tabId: sender.tab.id }
      : { kind: 'refused', why: 'the extension frame is in a page whose address it cannot see' };
  }
  const origin = webOrigin(sender.url);
  return origin ? { kind: 'content', origin } : { kind: 'refused', why: 'the sending page has no web origin' };
}

/** Null when `caller` may act on records of `url`'s origin; else why not. */
export function refusalFor(caller: Caller, url: string, what: string): string | null {
  if (caller.kind === 'extension') return null;
  if (caller.kind === 'refused') return `Refused: ${caller.why}.`;
  const origin = webOrigin(url);
  if (origin && origin === caller.origin) return null;
  return `Refused: a page of ${caller.origin} cannot ${what} of ${origin ?? 'another address'}.`;
}

/** Null when `caller` is one of `kinds`; else why not. */
export function refusalUnless(caller: Caller, kinds: Caller['kind'][], what: string): string | null {
  if (caller.kind === 'refused') return `Refused: ${caller.why}.`;
  return kinds.includes(caller.kind) ? null : `Refused: ${what} is not allowed from ${describe(caller)}.`;
}

function describe(caller: Caller): string {
  switch (caller.kind) {
    case 'content':
      return `the page script side of ${caller.origin}`;
    case 'frame':
      return `a frame in ${caller.origin}`;
    default:
      return 'here';
  }
}
