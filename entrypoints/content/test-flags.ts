/**
 * Only in the end-to-end test build (`wxt build --mode e2e`, used where the tests cannot ask the
 * extension itself, as in Firefox): the content script's state as attributes on <html>. The
 * release build has none of this: the condition is false at build time and the code is dropped.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { safeEffect } from './safe-effect';
import type { PageState } from './state';

export function exposeStateForTests(ctx: ContentScriptContext, state: PageState): void {
  if (import.meta.env.MODE !== 'e2e') return;
  const set = (name: string, value: string | null) => {
    const el = document.documentElement;
    if (value === null) el.removeAttribute(`data-vna-${name}`);
    else el.setAttribute(`data-vna-${name}`, value);
  };
  const stop = safeEffect('test flags', () => {
    void state.article.value;
    set('state', state.status.state);
    set(
      'entities',
      state.entitiesDone.value && state.status.state === 'article' ? String(state.spans.value.length) : null,
    );
    set('notes', String(state.anchors.value.length));
    set(
      'open',
      [state.card.value && 'card', state.editor.value && 'editor', state.panel.value && 'panel']
        .filter(Boolean)
        .join(' '),
    );
  });
  const timer = setInterval(() => {
    set('saved', state.status.visitSaved ? '1' : null);
    set('frames', state.status.framesReady.join(' '));
  }, 100);
  ctx.onInvalidated(() => {
    stop();
    clearInterval(timer);
  });
}
