/**
 * Pages that change after load, in Firefox with the built MV2 extension, as tests/e2e/dynamic.e2e.ts
 * does in Chromium (the same pages, tests/fixtures/dynamic-pages.ts): a paragraph loaded late is
 * highlighted, a single-page navigation to another article is followed, and page chrome that
 * changes every few milliseconds does not keep the extension reading the article again.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, pollUntil, type FirefoxHarness } from '../../scripts/lib/firefox';
import { pageUi } from '../../scripts/lib/firefox-ui';
import { dynamicServer } from '../fixtures/dynamic-pages';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launchFirefox({ server: dynamicServer });
});
afterEach(async () => {
  await h.closePages();
});
afterAll(async () => {
  await h?.close();
});

async function read(pathname: string): Promise<Page> {
  const page = await h.openFixture('vnexpress.net', pathname);
  await h.waitForState(page, (s) => s.state === 'article' && s.entities !== null, `${pathname} read`);
  return page;
}

/** How many times the content script has indexed the article (its User Timing marks). */
const indexed = (page: Page) => page.evaluate(() => performance.getEntriesByName('vna:indexed').length);

describe('dynamic pages in Firefox', () => {
  it('highlights a paragraph that arrives after load', async () => {
    const page = await read('/lazy-4900001.html');
    const ui = pageUi(h, page);
    const drawn = await pollUntil(
      () => ui.highlights(),
      (d) => (d['vna-entity-official'] ?? []).includes('Trần Thanh Mẫn'),
      (d) => `the late paragraph's official was never drawn: ${JSON.stringify(d?.['vna-entity-official'])}`,
    );
    expect(drawn['vna-entity-resolution']).toContain('Nghị định 178/2024/NĐ-CP');
  });

  it('follows a single-page navigation to the next article', async () => {
    const page = await read('/spa-4900002.html');
    const ui = pageUi(h, page);
    await page.evaluate(() => (window as unknown as { navigateToNext(): void }).navigateToNext());
    const drawn = await pollUntil(
      () => ui.highlights(),
      (d) => JSON.stringify(d['vna-entity-official']) === JSON.stringify(['Tô Lâm', 'Trần Cẩm Tú']),
      (d) => `the next article's officials were not drawn: ${JSON.stringify(d?.['vna-entity-official'])}`,
    );
    expect(drawn['vna-entity-resolution']).toEqual(['Kết luận 127-KL/TW', 'Kết luận 127-KL/TW']);
  });

  it('goes idle while page chrome keeps changing', async () => {
    const page = await read('/busy-4900004.html');
    await new Promise((r) => setTimeout(r, 1500));
    const before = await indexed(page);
    await new Promise((r) => setTimeout(r, 3000));
    // ~600 mutations later, the article was not read again.
    expect(await indexed(page)).toBe(before);
    expect(before).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.getElementById('clock')!.textContent)).toMatch(/Cập nhật lúc/);
  });
});
