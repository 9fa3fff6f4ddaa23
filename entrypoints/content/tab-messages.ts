/** Messages from the background (commands, context menu, changes) and the popup. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseTabMessage } from '@/utils/messaging/tab-messages';
import { groupEntities } from '@/utils/page/summary';
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
        state.panelOpen.value = !state.panelOpen.value;
        return undefined;
      case 'tab:annotations-changed':
        if (msg.articleKey === state.article.value?.canonicalUrl) void notes.reload();
        return undefined;
      case 'tab:scroll-to':
        return Promise.resolve({ ok: notes.scrollTo(msg.annotationId) });
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
  // The panel's keyboard shortcut also works while the page has focus without the browser command.
  ctx.addEventListener(document, 'keydown', (e) => {
    if (e.altKey && e.shiftKey && e.code === 'KeyE') {
      state.panelOpen.value = !state.panelOpen.value;
      e.preventDefault();
    }
  });
}
