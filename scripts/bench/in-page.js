// Runs in the page's main world (installed with addInitScript, after mark.min.js), so loading it
// changes no DOM and the content script's MutationObserver does not re-run because of it.
// Plain JavaScript on purpose: it is injected as text, not bundled.
(() => {
  /** The floor: every text node of the element, concatenated. */
  function textWalk(selector) {
    const root = document.querySelector(selector);
    if (!root) return null;
    const t0 = performance.now();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) text += n.data;
    const ms = performance.now() - t0;
    return { ms, chars: text.length };
  }

  /**
   * mark.js over the element with the given terms, timed to its done callback, then unmarked.
   * mark.js goes from one term to the next through nested callbacks, so a long list overflows the
   * stack ("Invalid regular expression: Stack overflow"); the terms go in chunks, one after the
   * other, each started from a resolved promise (a microtask: the stack unwinds, no time is lost).
   */
  async function markRun(selector, terms, options) {
    const root = document.querySelector(selector);
    if (!root || typeof Mark !== 'function') return null;
    const instance = new Mark(root);
    const CHUNK = 300;
    const t0 = performance.now();
    let count = 0;
    for (let k = 0; k < terms.length; k += CHUNK) {
      count += await new Promise((resolve) => instance.mark(terms.slice(k, k + CHUNK), { ...options, done: resolve }));
    }
    const ms = performance.now() - t0;
    const elements = root.querySelectorAll('mark[data-markjs]').length;
    const t1 = performance.now();
    await new Promise((resolve) => instance.unmark({ done: resolve }));
    return { ms, count, elements, unmarkMs: performance.now() - t1 };
  }

  /** Ranges in the page's highlight registry (the registry is per document, shared by worlds). */
  function highlightRanges() {
    if (!globalThis.CSS || !CSS.highlights) return -1;
    let n = 0;
    CSS.highlights.forEach((h) => (n += h.size));
    return n;
  }

  /** First occurrence of each mark (the dynamic watcher may repeat them later). */
  function marks() {
    const out = {};
    for (const m of performance.getEntriesByType('mark')) if (!(m.name in out)) out[m.name] = m.startTime;
    // The content script measures each answer's task (vna:piece) and the background's reading, from
    // asking to the last answer (vna:read).
    const pieces = performance.getEntriesByName('vna:piece');
    if (pieces.length) {
      out['pieces:count'] = pieces.length;
      out['pieces:longestLaterMs'] = Math.max(0, ...pieces.slice(1).map((p) => p.duration));
      out['pieces:readingMs'] = performance.getEntriesByName('vna:read').reduce((n, p) => n + p.duration, 0);
    }
    const nav = performance.getEntriesByType('navigation')[0];
    if (nav) {
      out['nav:domContentLoaded'] = nav.domContentLoadedEventEnd;
      out['nav:load'] = nav.loadEventEnd;
    }
    return out;
  }

  globalThis.__vnaBench = { textWalk, markRun, highlightRanges, marks };
})();
