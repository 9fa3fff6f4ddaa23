/** Messages from the background (commands, context menu, changes) and the popup. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseTabMessage } from '@/utils/messaging/tab-messages';
import { groupEntities } from '@/utils/page/summary';
import { rangeFromOffsets } from '@/utils/dom/text-index';
import { siteForHost } from '@/utils/sites/registry';
import { pageKey } from './article';
import { canonicalName } from './card-view';
import type { NoteActions } from './notes';
import type { PageState } from './state';
import { toggleHighlights } from './visibility';

export function listenToTabMessages(
  ctx: ContentScriptContext,
  state: PageState,
  notes: NoteActions,
  refresh: () => Promise<void>,
): void {
  const listener = (raw: unknown) => {
    const msg = parseTabMessage(raw);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'tab:highlight-selection':
        notes.offerSelection(true);
        return undefined;
      case 'tab:toggle-panel':
        // The browser command (the reader's key press): the panel takes focus.
        state.panel.value = state.panel.value ? null : { focus: true };
        return undefined;
      case 'tab:toggle-highlights':
        // The browser command: every highlight of ours on this page, off or back on.
        toggleHighlights(state);
        return undefined;
      case 'tab:annotations-changed':
        if (msg.articleKey === state.article.value?.canonicalUrl) void notes.reload();
        return undefined;
      case 'tab:scroll-to':
        return Promise.resolve({ ok: notes.scrollTo(msg.annotationId) });
      case 'tab:state':
        // For the extension's own pages and its end-to-end tests: nothing of it is on the page.
        return Promise.resolve({
          state: state.status.state,
          visitSaved: state.status.visitSaved,
          entities: state.entitiesDone.value && state.status.state === 'article' ? state.spans.value.length : null,
          anchored: state.anchors.value.map((a) => {
            const index = state.index.value;
            return { id: a.id, quote: index ? rangeFromOffsets(index, a.start, a.end).toString() : undefined };
          }),
          notes: state.annotations.value.length,
          open: { card: !!state.card.value, editor: !!state.editor.value, panel: !!state.panel.value },
          highlightsHidden: state.highlightsHidden.value,
        });
      case 'tab:info': {
        // What the popup shows for this tab: the article, or a page that is none (notes still
        // welcome), or a site the reader switched off (its notes still listed).
        const a = state.article.value;
        const isArticle = !!a && a.via !== 'page';
        return Promise.resolve({
          state: state.status.state === 'disabled' ? 'disabled' : isArticle ? 'article' : 'page',
          articleKey: a?.canonicalUrl ?? pageKey(document, location.href),
          title: a?.title ?? document.title,
          site: a?.site ?? siteForHost(location.hostname)?.id ?? location.hostname,
          published: isArticle ? a?.published : undefined,
          entities: isArticle
            ? groupEntities(state.spans.value, canonicalName).map((g) => ({
                id: g.key,
                kind: g.kind,
                name: g.name,
                count: g.mentions.length,
              }))
            : [],
        });
      }
      case 'tab:reread':
        return refresh().then(() => ({ ok: true }));
    }
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
