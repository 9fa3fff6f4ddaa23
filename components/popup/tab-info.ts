/** Asks the active tab's content script what article it shows; the answer is checked by hand. */
import type { PopupEnv, TabInfo } from './env';

const KINDS = new Set(['official', 'body', 'resolution']);

export function parseTabInfo(raw: unknown): TabInfo | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.articleKey !== 'string' || typeof r.title !== 'string' || typeof r.site !== 'string') return null;
  const entities = Array.isArray(r.entities)
    ? r.entities.filter(
        (e): e is TabInfo['entities'][number] =>
          typeof e === 'object' &&
          e !== null &&
          typeof e.id === 'string' &&
          typeof e.name === 'string' &&
          KINDS.has(e.kind) &&
          typeof e.count === 'number',
      )
    : [];
  const state = r.state === 'page' || r.state === 'disabled' ? r.state : 'article';
  return { state, articleKey: r.articleKey, title: r.title, site: r.site, entities };
}

export async function askTabInfo(env: PopupEnv, tabId: number, timeoutMs = 800): Promise<TabInfo | null> {
  const late = new Promise<undefined>((r) => setTimeout(() => r(undefined), timeoutMs));
  const answer = await Promise.race([env.sendToTab(tabId, { type: 'tab:info' }), late]).catch(() => undefined);
  return parseTabInfo(answer);
}

/** `https://host` for http(s) pages the extension could be enabled on; null otherwise. */
export function enableableOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}
