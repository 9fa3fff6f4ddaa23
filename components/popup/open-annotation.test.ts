import { describe, expect, it } from 'vitest';
import { findArticleTab, openAnnotation } from './open-annotation';
import { ann, fakeEnv, freshDb, KEY } from './fixtures.test-helpers';

describe('openAnnotation', () => {
  const a = ann({ quote: 'Võ Văn Thưởng', start: 10, pageUrl: `${KEY}?utm_source=fb` });

  it('finds the open tab by page URL or article key, ignoring fragments', () => {
    const tabs = [
      { id: 1, url: 'https://nhandan.vn/' },
      { id: 2, url: `${KEY}#:~:text=x` },
    ];
    expect(findArticleTab(tabs, a)?.id).toBe(2);
    expect(findArticleTab([{ id: 3, url: `${KEY}?utm_source=fb` }], a)?.id).toBe(3);
    expect(findArticleTab(tabs.slice(0, 1), a)).toBeUndefined();
  });

  it('scrolls in the open tab, then activates it, without opening another', async () => {
    const env = fakeEnv(freshDb(), { tabs: [{ id: 5, url: KEY }] });
    expect(await openAnnotation(env, a)).toBe(true);
    expect(env.opened).toEqual([]);
    expect(env.sent).toEqual([{ tabId: 5, msg: { type: 'tab:scroll-to', annotationId: a.id } }]);
    expect(env.activated).toEqual([5]);
  });

  it('opens the page in the background and retries until its script answers', async () => {
    const env = fakeEnv(freshDb());
    let calls = 0;
    env.sendToTab = async (tabId, msg) => {
      env.sent.push({ tabId, msg });
      if (++calls < 3) throw new Error('Receiving end does not exist');
      return { ok: true };
    };
    expect(await openAnnotation(env, a, { everyMs: 5 })).toBe(true);
    expect(env.opened).toEqual([a.pageUrl]);
    expect(env.sent).toHaveLength(3);
    expect(env.activated).toEqual([99]);
  });

  it('gives up after the timeout but still shows the tab', async () => {
    const env = fakeEnv(freshDb());
    env.sendToTab = async () => {
      throw new Error('Receiving end does not exist');
    };
    expect(await openAnnotation(env, a, { everyMs: 5, timeoutMs: 40 })).toBe(false);
    expect(env.activated).toEqual([99]);
  });

  it('stops asking when the page keeps answering that it cannot find the highlight', async () => {
    const env = fakeEnv(freshDb(), { tabs: [{ id: 5, url: KEY }] });
    let calls = 0;
    env.sendToTab = async () => (++calls, { ok: false });
    expect(await openAnnotation(env, a, { everyMs: 5, timeoutMs: 5000, notFoundTries: 3 })).toBe(false);
    expect(calls).toBe(3);
    expect(env.activated).toEqual([5]);
  });
});
