/**
 * The few browser calls the popup makes, behind one interface so the model can be tested with a
 * fake and the real calls stay in one place.
 */
import { browser } from 'wxt/browser';
import { request } from '../../utils/messaging/client';
import type { Request, RequestType, ResponseData } from '../../utils/messaging/protocol';
import type { TabMessage } from '../../utils/messaging/tab-messages';
import type { EntityKind } from '../../utils/model';

export interface TabRef {
  id: number;
  windowId?: number;
  url?: string;
}

/** The content script's answer to {type:'tab:info'}. */
export interface TabInfo {
  /** An article; a page that is none (notes still welcome); a site the reader switched off. */
  state: 'article' | 'page' | 'disabled';
  articleKey: string;
  title: string;
  site: string;
  entities: { id: string; kind: EntityKind; name: string; count: number }[];
}

export interface PopupEnv {
  request<T extends RequestType>(msg: Extract<Request, { type: T }>): Promise<ResponseData[T]>;
  activeTab(): Promise<TabRef | undefined>;
  /** Resolves with the content script's answer; rejects when no script listens. */
  sendToTab(tabId: number, msg: TabMessage): Promise<unknown>;
  allTabs(): Promise<TabRef[]>;
  activate(tab: TabRef): Promise<void>;
  openTab(url: string, active: boolean): Promise<TabRef>;
  /** Must be called straight from the click handler (user gesture). */
  requestOrigin(origin: string): Promise<boolean>;
  openOptions(): void;
  reloadTab(tabId: number): Promise<void>;
}

export function browserEnv(): PopupEnv {
  const ref = (t: { id?: number; windowId?: number; url?: string }): TabRef => ({
    id: t.id ?? -1,
    windowId: t.windowId,
    url: t.url,
  });
  return {
    request: (msg) => request(msg),
    async activeTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? undefined : ref(tab);
    },
    sendToTab: (tabId, msg) => browser.tabs.sendMessage(tabId, msg),
    async allTabs() {
      return (await browser.tabs.query({})).filter((t) => t.id !== undefined).map(ref);
    },
    async activate(tab) {
      await browser.tabs.update(tab.id, { active: true });
      if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    },
    async openTab(url, active) {
      return ref(await browser.tabs.create({ url, active }));
    },
    requestOrigin: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
    openOptions: () => void browser.runtime.openOptionsPage(),
    reloadTab: (tabId) => browser.tabs.reload(tabId),
  };
}
