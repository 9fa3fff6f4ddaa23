/**
 * The popup's "This page" view in Firefox (issue 13): what the popup says about the tab the reader
 * is on. The toolbar button cannot be pressed from a test, so the popup's own page is opened in a
 * background tab, leaving the news page the active tab, as it is when the reader opens the popup.
 * On an article it lists the article's entities; on a list page it says plainly that no article
 * was detected and offers "Treat this page as an article", which turns the highlights on there.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, pollUntil, type FirefoxHarness } from '../../scripts/lib/firefox';
import { pageUi } from '../../scripts/lib/firefox-ui';
import { SEED_ARTICLE } from '../../scripts/lib/fixtures';

/** A section page of the seed's site (a fixture): no article on it. */
const LIST = '/chinh-tri.htm';

let h: FirefoxHarness;
const opened: string[] = [];

beforeAll(async () => {
  h = await launchFirefox();
});
afterEach(async () => {
  for (const context of opened.splice(0)) await h.bidi.send('browsingContext.close', { context }).catch(() => {});
  await h.closePages();
});
afterAll(async () => {
  await h?.close();
});

/**
 * The popup's page in a tab behind `news`, which is brought to the front first (the harness's
 * own extension page, which asks tabs for their state, may have taken it): the popup reads the
 * tab the reader is on.
 */
async function popupBehind(news: Page): Promise<string> {
  await h.bidi.send('browsingContext.activate', { context: h.contextOf(news) });
  const { context } = await h.bidi.send<{ context: string }>('browsingContext.create', {
    type: 'tab',
    background: true,
  });
  opened.push(context);
  await h.bidi.send('browsingContext.navigate', { context, url: `${h.baseUrl}popup.html`, wait: 'complete' });
  return context;
}

/** The text of the popup's "This page" section once it has said what the page is. */
const pageView = (popup: string, selector: string) =>
  pollUntil(
    () =>
      h.bidi.call<string | null>(popup, (sel: string) => document.querySelector<HTMLElement>(sel)?.innerText ?? null, [
        selector,
      ]),
    (t) => !!t,
    (t) => `the popup showed no ${selector} (last: ${t})`,
  ).catch(async (e) =>
    Promise.reject(
      new Error(
        `${(e as Error).message}; the popup says: ${await h.bidi.call<string>(popup, () => document.body.innerText.slice(0, 400))}`,
      ),
    ),
  );

describe("the popup's view of this page in Firefox", () => {
  it("lists the article's entities for the article the reader is on", async () => {
    const article: Page = await h.openFixture(SEED_ARTICLE.host, SEED_ARTICLE.path);
    await h.waitForState(article, (s) => s.state === 'article' && s.entities !== null, 'the article read');
    const popup = await popupBehind(article);
    const summary = await pageView(popup, '[data-testid="entity-summary"]');
    expect(summary).toContain('Võ Văn Thưởng');
    expect(summary).toContain('Ban Bí thư');
    expect(await pageView(popup, '#page-title')).toContain('Thường trực Ban Bí thư làm việc với Ban Thường vụ');
  });

  it('says no article was detected on a list page, and "Treat this page as an article" turns highlights on', async () => {
    const list: Page = await h.openFixture(SEED_ARTICLE.host, LIST);
    await h.waitForState(list, (s) => s.state === 'not-article', 'the page read as no article');
    expect(Object.keys(await pageUi(h, list).highlights()).filter((k) => k.startsWith('vna-entity'))).toEqual([]);
    const popup = await popupBehind(list);
    const said = await pageView(popup, '[data-testid="page-not-article"]');
    expect(said).toMatch(/No article was detected|Không nhận ra bài báo/);

    await h.bidi.call(popup, () =>
      document.querySelector<HTMLButtonElement>('[data-testid="treat-as-article"]')!.click(),
    );
    const drawn = await pollUntil(
      () => pageUi(h, list).highlights(),
      (d) => Object.keys(d).some((k) => k.startsWith('vna-entity') && d[k].length > 0),
      (d) => `no entity highlighted after "Treat this page as an article": ${JSON.stringify(Object.keys(d ?? {}))}`,
    );
    expect(Object.values(drawn).flat().length).toBeGreaterThan(0);
  });
});
