/** Messages from the background (commands, context menu, changes) and the popup. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseTabMessage } from '@/utils/messaging/tab-messages';
import { groupEntities } from '@/utils/page/summary';
import { rangeFromOffsets } from '@/utils/dom/text-index';
import { canonicalName } from './card-view';
import type { NoteActions } from './notes';
import type { PageState } from './state';

export function listenToTabMessages(ctx: ContentScriptContext, state: PageState, notes: NoteActions): void {
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
        });
      case 'tab:info': {
        const a = state.article.value;
        return Promise.resolve(
          a && {
            articleKey: a.canonicalUrl,
            title: a.title,
            site: a.site,
            published: a.published,
            entities: groupEntities(state.spans.value, canonicalName).map((g) => ({
              id: g.key,
              kind: g.kind,
              name: g.name,
              count: g.mentions.length,
            })),
          },
        );
      }
    }
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
