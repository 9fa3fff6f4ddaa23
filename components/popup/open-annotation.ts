/**
 * Takes the reader to an annotation: the article's tab if one is open, else a new tab, then asks
 * its content script to scroll there. Activating a tab closes a real popup (and this script with
 * it), so the scroll request goes out first and the tab is activated last; a new tab is opened
 * in the background until its content script answers, then brought forward.
 */
import type { Annotation } from '../../utils/model';
import type { PopupEnv, TabRef } from './env';
import { isArticleNote } from '../../utils/notes/article-note';

const withoutHash = (u: string) => u.split('#')[0];

export function findArticleTab(tabs: TabRef[], a: Pick<Annotation, 'pageUrl' | 'articleKey'>): TabRef | undefined {
  const wanted = new Set([withoutHash(a.pageUrl), withoutHash(a.articleKey)]);
  return tabs.find((t) => t.url !== undefined && wanted.has(withoutHash(t.url)));
}

/** The content script answers {ok: true} once it has scrolled, {ok: false} when it cannot (yet). */
function scrolled(answer: unknown): boolean {
  return answer === true || (typeof answer === 'object' && answer !== null && (answer as { ok?: unknown }).ok === true);
}

/**
 * Sends scroll-to until the content script confirms, or `timeoutMs` passes; true when it scrolled.
 * A script that answers "not found" a few times in a row is taken at its word (an orphan, most
 * likely), so the reader is not kept waiting the full timeout.
 */
export async function scrollWhenReady(
  env: PopupEnv,
  tabId: number,
  annotationId: string,
  { timeoutMs = 5000, everyMs = 250, notFoundTries = 4 } = {},
): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  let notFound = 0;
  for (;;) {
    try {
      const answer = await env.sendToTab(tabId, { type: 'tab:scroll-to', annotationId });
      if (scrolled(answer)) return true;
      // Answered but not scrolled: the page may still be anchoring its highlights.
      if (++notFound >= notFoundTries) return false;
    } catch {
      // No content script yet (page still loading).
    }
    if (Date.now() >= until) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export async function openAnnotation(
  env: PopupEnv,
  a: Annotation,
  opts?: { timeoutMs?: number; everyMs?: number; notFoundTries?: number },
): Promise<boolean> {
  const open = findArticleTab(await env.allTabs(), a);
  const tab = open ?? (await env.openTab(a.pageUrl, false));
  // A note on the whole article has no place in the text: the article itself is where it is.
  const delivered = isArticleNote(a) || (await scrollWhenReady(env, tab.id, a.id, opts));
  await env.activate(tab);
  return delivered;
}
