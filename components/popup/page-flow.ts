/**
 * The popup's view of the current tab: what the page is (article, page kept for notes, site
 * switched off, not readable), and the actions that change it (enable a site, treat a page as
 * an article, switch a site back on). Part of the popup model (model.ts), kept apart for size.
 */
import { batch, type Signal } from '@preact/signals';
import type { AnnotatorDB } from '../../utils/db/db';
import type { StringKey } from '../../utils/i18n/index';
import type { Annotation, Article } from '../../utils/model';
import { compareInText } from '../../utils/export/order';
import { articlePatternFor, loadSettings, saveSettings } from '../../utils/settings/settings';
import type { PopupEnv } from './env';
import type { Notice, PageState, View } from './model';
import { askTabInfo, enableableOrigin } from './tab-info';
import { articleNoteTarget } from '../../utils/notes/article-note';
import { uuidv4 } from '../../utils/uuid';
import type { HighlightColour } from '../../utils/model';

export interface PageFlowDeps {
  db: AnnotatorDB;
  env: PopupEnv;
  page: Signal<PageState>;
  view: Signal<View>;
  pageAnnotations: Signal<Annotation[] | null>;
  pageArticle: Signal<Article | undefined>;
  notice: Signal<Notice | null>;
  tr: (key: StringKey, values?: Record<string, string | number>) => string;
  /** Follows a database query for as long as the popup is open. */
  watch: <T>(query: () => Promise<T>, set: (v: T) => void) => void;
}

export function createPageFlow(deps: PageFlowDeps) {
  const { db, env, page, view, pageAnnotations, pageArticle, notice, tr, watch } = deps;

  async function resolvePage(): Promise<void> {
    const tab = await env.activeTab().catch(() => undefined);
    const info = tab ? await askTabInfo(env, tab.id) : null;
    if (!tab || !info) {
      const origin = enableableOrigin(tab?.url);
      batch(() => {
        page.value = { status: 'unsupported', tabId: tab?.id, origin };
        if (!origin) view.value = 'all';
      });
      return;
    }
    page.value = { status: 'article', tabId: tab.id, info };
    const key = info.articleKey;
    watch(
      () => db.annotations.where('articleKey').equals(key).toArray(),
      (v) => (pageAnnotations.value = [...v].sort(compareInText)),
    );
    watch(
      () => db.articles.get(key),
      (v) => (pageArticle.value = v),
    );
  }

  /** Must run from the click: the permission prompt needs the user's gesture. */
  function enableSite(): Promise<void> {
    const p = page.value;
    if (p.status !== 'unsupported' || !p.origin) return Promise.resolve();
    const origin = p.origin;
    const asked = env.requestOrigin(origin);
    return (async () => {
      try {
        if (!(await asked)) {
          notice.value = { kind: 'error', text: tr('popup.enableSite.denied') };
          return;
        }
        const { enabled } = await env.request({ type: 'site:enable', origin, tabId: p.tabId });
        if (!enabled) throw new Error(tr('popup.enableSite.denied'));
        // The background records the origin in Settings.extraOrigins (utils/background/user-sites.ts).
        notice.value = { kind: 'info', text: tr('popup.enableSite.done') };
        // The script was just injected; give it a moment to read the page.
        setTimeout(() => void resolvePage(), 800);
      } catch (e) {
        notice.value = {
          kind: 'error',
          text: tr('popup.enableSite.failed', { error: e instanceof Error ? e.message : String(e) }),
        };
      }
    })();
  }

  /** "Treat this page as an article": remembered for the page's folder; the tab reads it again. */
  async function treatAsArticle(): Promise<void> {
    const p = page.value;
    if (p.status !== 'article' || p.info.state !== 'page') return;
    const tab = await env.activeTab().catch(() => undefined);
    const pattern = tab?.url ? articlePatternFor(tab.url) : null;
    if (!pattern) return;
    const { articlePatterns } = await loadSettings();
    await saveSettings({ articlePatterns: [...new Set([...articlePatterns, pattern])] });
    await env.sendToTab(p.tabId, { type: 'tab:reread' }).catch(() => undefined);
    notice.value = { kind: 'info', text: tr('popup.treated', { pattern }) };
    await resolvePage();
  }

  /** Switches the extension back on for a site the reader switched off, and reloads its tab. */
  async function turnSiteOn(): Promise<void> {
    const p = page.value;
    if (p.status !== 'article' || p.info.state !== 'disabled') return;
    const { disabledSites } = await loadSettings();
    await saveSettings({ disabledSites: disabledSites.filter((id) => id !== p.info.site) });
    await env.reloadTab(p.tabId);
    notice.value = { kind: 'info', text: tr('popup.siteOnDone') };
    setTimeout(() => void resolvePage(), 800);
  }

  /**
   * Saves a note on the whole article open in the tab (any page the popup can read: an article,
   * a page kept for notes, a site switched off). False when there is nothing to save it on.
   */
  async function addArticleNote(values: { note: string; tags: string[]; colour: HighlightColour }): Promise<boolean> {
    const p = page.value;
    if (p.status !== 'article') return false;
    const tab = await env.activeTab().catch(() => undefined);
    const now = new Date().toISOString();
    const target = articleNoteTarget(p.info.articleKey, tab?.url?.split('#')[0] || p.info.articleKey);
    await env.request({
      type: 'annotation:save',
      annotation: { id: uuidv4(), ...target, ...values, created: now, updated: now },
    });
    return true;
  }

  return { resolvePage, enableSite, treatAsArticle, turnSiteOn, addArticleNote };
}
