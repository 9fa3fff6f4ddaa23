/** Records and a fake browser environment shared by the popup's tests (seed article only). */
import { AnnotatorDB } from '../../utils/db/db';
import { createHandler } from '../../utils/background/handle';
import type { Annotation, Article } from '../../utils/model';
import type { TabMessage } from '../../utils/messaging/tab-messages';
import type { PopupEnv, TabInfo, TabRef } from './env';

export const KEY =
  'https://baochinhphu.vn/thuong-truc-ban-bi-thu-lam-viec-voi-ban-thuong-vu-thanh-uy-tphcm-102221212.htm';
export const OTHER_KEY = 'https://nhandan.vn/bai-khac-1.html';

export const article: Article = {
  key: KEY,
  url: KEY,
  title: 'Thường trực Ban Bí thư làm việc với Ban Thường vụ Thành ủy TPHCM',
  site: 'baochinhphu',
  published: '2022-12-12',
  firstVisit: '2024-05-01T08:00:00.000Z',
  lastVisit: '2024-05-02T08:00:00.000Z',
  entities: [
    { id: 'official:vo-van-thuong', kind: 'official', name: 'Võ Văn Thưởng', count: 4 },
    { id: 'body:ban-chi-dao-tu', kind: 'body', name: 'Ban Chỉ đạo Trung ương', count: 2 },
  ],
};
export const other: Article = {
  ...article,
  key: OTHER_KEY,
  url: OTHER_KEY,
  title: 'Bài khác',
  site: 'nhandan',
  entities: undefined,
  lastVisit: '2024-06-01T08:00:00.000Z',
};

let n = 0;
export function ann(over: Partial<Annotation> & { quote: string; start: number }): Annotation {
  const { start, ...rest } = over;
  const id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  return {
    id,
    articleKey: KEY,
    pageUrl: KEY,
    selectors: [
      { type: 'TextQuoteSelector', exact: over.quote, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + over.quote.length },
    ],
    colour: 'yellow',
    note: '',
    tags: [],
    entityIds: [],
    entityNames: [],
    created: '2024-05-01T09:00:00.000Z',
    updated: '2024-05-01T09:00:00.000Z',
    ...rest,
  };
}

export function freshDb(): AnnotatorDB {
  return new AnnotatorDB(`popup-test-${Date.now()}-${++n}`);
}

export interface FakeEnv extends PopupEnv {
  sent: { tabId: number; msg: TabMessage }[];
  opened: string[];
  activated: number[];
  originsAsked: string[];
  reloaded: number[];
}

/** The real background handler over `db`, and tabs that answer like a content script would. */
export function fakeEnv(
  db: AnnotatorDB,
  opts: { tab?: TabRef; info?: TabInfo | null; tabs?: TabRef[]; grant?: boolean } = {},
): FakeEnv {
  const handle = createHandler({ db, version: 'test', enableSite: async () => true });
  const env: FakeEnv = {
    sent: [],
    opened: [],
    activated: [],
    originsAsked: [],
    reloaded: [],
    async request(msg) {
      // The popup is one of the extension's own pages.
      const res = await handle(msg, { kind: 'extension' });
      if (!res.ok) throw new Error(res.error);
      return res.data as never;
    },
    activeTab: async () => opts.tab,
    async sendToTab(tabId, msg) {
      env.sent.push({ tabId, msg });
      if (msg.type === 'tab:info') {
        if (opts.info === undefined || opts.info === null) throw new Error('Could not establish connection');
        return opts.info;
      }
      return { ok: true };
    },
    allTabs: async () => opts.tabs ?? [],
    async activate(tab) {
      env.activated.push(tab.id);
    },
    async openTab(url) {
      env.opened.push(url);
      return { id: 99, url };
    },
    async requestOrigin(origin) {
      env.originsAsked.push(origin);
      return opts.grant ?? true;
    },
    reloadTab: async (tabId) => void env.reloaded.push(tabId),
    openOptions() {},
  };
  return env;
}

/**
 * Polls until `fn` returns something truthy (liveQuery and renders are asynchronous). The limit
 * is generous: it costs nothing when the state comes, and a loaded two-core runner once took
 * more than 3 s (the unit project's test timeout is above it, vitest.config.ts).
 */
export async function until<T>(fn: () => T, timeoutMs = 8000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${fn.toString()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
