/**
 * Starts the content script's features on a page. Each feature starts on its own and catches
 * its own errors, so one failure cannot stop the others or break the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPainter } from '@/utils/page/painter';
import { loadSettings, treatedAsArticle, watchSettings } from '@/utils/settings/settings';
import { siteForHost } from '@/utils/sites/registry';
import { createPageState, type PageState } from './state';
import { readArticle } from './article';
import { startEntities } from './entities';
import { noteActions, startNotes } from './notes';
import { startHover } from './hover';
import { mountUi } from './ui';
import { watchDynamicChanges } from './dynamic';
import { listenToTabMessages } from './tab-messages';
import { lazyUiHost } from './host';
import { createNoteLayer } from './note-layer';
import { keepBackgroundWarm } from './warm-background';

export async function startPage(ctx: ContentScriptContext): Promise<void> {
  // Marks for `npm run bench`: start → detected → indexed → matched → drawn.
  performance.mark('vna:start');

  const painter = createPainter(document);
  const state = createPageState(painter);
  const notes = noteActions(state);
  const host = lazyUiHost();
  ctx.onInvalidated(() => host.remove());
  // The settings are read while the article is found and indexed, not before.
  const settings = loadSettings();
  const refresh = () => feature('article', () => readArticle(state));
  await refresh();
  await feature('settings', async () => {
    state.settings.value = await settings;
    performance.mark('vna:settings-ready');
    ctx.onInvalidated(
      watchSettings((s) => {
        const wasTreated = treatedAsArticle(state.settings.value, location.href);
        state.settings.value = s;
        // Switched off here (from the panel or the options): everything of ours leaves the page.
        const here = siteForHost(location.hostname);
        if (here && s.disabledSites.includes(here.id) && state.status.state !== 'disabled') {
          state.status.state = 'disabled';
          state.article.value = null;
          state.index.value = null;
          painter.clear();
          return;
        }
        // "Treat this page as an article", chosen in the popup: read the page again at once.
        if (treatedAsArticle(s, location.href) !== wasTreated) void refresh();
      }),
    );
  });
  if (!state.article.value && treatedAsArticle(state.settings.value, location.href)) await refresh();
  // The tab answers the extension's own pages (never the page) even where it stays off.
  await feature('messages', () => listenToTabMessages(ctx, state, notes, refresh));
  const site = siteForHost(location.hostname);
  if (site && state.settings.value.disabledSites.includes(site.id)) {
    state.article.value = null;
    state.index.value = null;
    state.status.state = 'disabled';
    return;
  }
  ctx.onInvalidated(() => painter.clear());
  // The entities' layer first, so the notes' boxes sit above it.
  const entityLayer = createNoteLayer(host.get, () => state.article.value?.regions ?? [], 'entities');
  const layer = createNoteLayer(host.get, () => state.article.value?.regions ?? []);
  ctx.onInvalidated(() => {
    entityLayer.destroy();
    layer.destroy();
  });

  await Promise.all([
    feature('entities', () => startEntities(ctx, state, entityLayer)),
    feature('notes', () => startNotes(ctx, state, notes, layer)),
    feature('hover', () => startHover(ctx, state)),
    feature('ui', () => mountUi(ctx, state, notes, host)),
    feature('dynamic', () => watchDynamicChanges(ctx, state, refresh)),
    feature('warm background', () =>
      keepBackgroundWarm({
        setInterval: (f, ms) => ctx.setInterval(f, ms),
        reading: () => document.visibilityState === 'visible' && state.status.state !== 'disabled',
      }),
    ),
  ]);
}

async function feature(name: string, start: () => unknown): Promise<void> {
  try {
    await start();
  } catch (e) {
    console.warn(`[VN News Annotator] ${name} failed; the rest keeps working.`, e);
  }
}

export type { PageState };
