/**
 * Keeps highlights right on pages that change after load: lazy paragraphs, the next article of
 * an infinite scroll, navigation in single-page sites. Our own changes never trigger work: the
 * highlights change no DOM (or only <vna-mark> wrappers), and our UI lives under <vna-ui>.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageState } from './state';

/** Added text shorter than this outside the article is page chrome (counters, clocks, ads). */
const SIGNIFICANT_TEXT = 200;
/** At most one re-read per this many ms, however busy the page is... */
const MIN_INTERVAL = 1000;
/** ...and never more than 1/COST_SHARE of the page's time: on a huge page that changes all the time, re-reads space out. */
const COST_SHARE = 20;

export function watchDynamicChanges(ctx: ContentScriptContext, state: PageState, reread: () => Promise<void>): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  let lastCost = 0;
  const schedule = () => {
    if (timer) return;
    const wait = Math.max(250, lastRun + Math.max(MIN_INTERVAL, lastCost * COST_SHARE) - Date.now());
    timer = setTimeout(async () => {
      timer = undefined;
      lastRun = Date.now();
      const t0 = performance.now();
      await reread();
      lastCost = performance.now() - t0;
    }, wait);
  };

  const observer = new MutationObserver((records) => {
    if (records.some((r) => matters(r, state))) schedule();
  });
  // The wrapper painter's own DOM changes are dropped before they reach the callback.
  state.painter.onSelfMutation = () => void observer.takeRecords();
  // Attributes too: text shown later by a class or style change (a "read more") enters the index.
  observer.observe(document.body ?? document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden'],
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => schedule());
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

function isOurs(node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode) {
    if (n.nodeType === 1) {
      const name = (n as Element).localName;
      if (name === 'vna-ui' || name === 'vna-mark') return true;
    }
  }
  return false;
}

function matters(r: MutationRecord, state: PageState): boolean {
  if (isOurs(r.target)) return false;
  const regions = state.article.value?.regions ?? [];
  if (regions.some((el) => el.contains(r.target))) return true;
  if (r.type === 'attributes') return false;
  // Outside the article only a sizeable block of new text counts (e.g. the next article).
  for (const n of r.addedNodes) if (!isOurs(n) && (n.textContent?.length ?? 0) >= SIGNIFICANT_TEXT) return true;
  // The article itself was replaced or removed.
  for (const n of r.removedNodes) if (regions.some((el) => n === el || n.contains(el))) return true;
  return false;
}
