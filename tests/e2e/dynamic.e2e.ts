/**
 * Pages that change after load: a paragraph loaded late, a single-page navigation to another
 * article, and page chrome that changes every few milliseconds — which must not keep the
 * extension busy (it re-reads the article only when the article's text changed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForMark, type Harness } from './harness';
import { dynamicServer } from '../fixtures/dynamic-pages';
import { highlightTexts } from './page-ui';

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension({ server: dynamicServer });
});
afterAll(async () => {
  await h?.close();
});

const marks = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).length, name);

describe('dynamic pages', () => {
  it('highlights a paragraph that arrives after load', async () => {
    const page = await h.openFixture('vnexpress.net', '/lazy-4900001.html');
    await waitForMark(page, 'data-vna-entities');
    await expect
      .poll(async () => (await highlightTexts(page))['vna-entity-official'] ?? [], { timeout: 10_000 })
      .toContain('Trần Thanh Mẫn');
    expect((await highlightTexts(page))['vna-entity-resolution']).toContain('Nghị định 178/2024/NĐ-CP');
    await page.close();
  });

  it('follows a single-page navigation to the next article', async () => {
    const page = await h.openFixture('vnexpress.net', '/spa-4900002.html');
    await waitForMark(page, 'data-vna-entities');
    await page.evaluate(() => (window as unknown as { navigateToNext(): void }).navigateToNext());
    await expect
      .poll(async () => (await highlightTexts(page))['vna-entity-official'] ?? [], { timeout: 10_000 })
      .toEqual(['Tô Lâm', 'Trần Cẩm Tú']);
    expect((await highlightTexts(page))['vna-entity-resolution']).toEqual(['Kết luận 127-KL/TW', 'Kết luận 127-KL/TW']);
    await page.close();
  });

  it('goes idle while page chrome keeps changing, and never reacts to its own drawing', async () => {
    const page = await h.openFixture('vnexpress.net', '/busy-4900004.html');
    await waitForMark(page, 'data-vna-entities');
    await page.waitForTimeout(1500);
    const before = await marks(page, 'vna:indexed');
    await page.waitForTimeout(3000);
    // ~600 mutations later, the article was not read again.
    expect(await marks(page, 'vna:indexed')).toBe(before);
    expect(await page.evaluate(() => document.getElementById('clock')!.textContent)).toMatch(/Cập nhật lúc/);
    await page.close();
  });
});
