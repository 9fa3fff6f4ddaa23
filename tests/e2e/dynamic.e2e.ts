/**
 * Pages that change after load: a paragraph loaded late, a single-page navigation to another
 * article, and page chrome that changes every few milliseconds — which must not keep the
 * extension busy (it re-reads the article only when the article's text changed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForMark, type Harness } from './harness';
import { SITES_DIR } from '../../scripts/lib/fixtures';
import { highlightTexts } from './page-ui';

const BASE = '/thu-tuong-yeu-cau-hoan-thanh-sap-xep-don-vi-hanh-chinh-truoc-ngay-30-6-4862345.html';
const original = readFileSync(path.join(SITES_DIR, 'vnexpress.net', BASE), 'utf8');

/** The vnexpress article with a page script of our own appended. */
const withScript = (script: string) => original.replace('</body>', `<script>${script}</script></body>`);

const PAGES: Record<string, string> = {
  // A paragraph arrives 400 ms after load, as lazy-loaded article text does.
  '/lazy-4900001.html': withScript(`setTimeout(() => {
    const p = document.createElement('p');
    p.className = 'Normal';
    p.textContent = 'Chiều cùng ngày, Chủ tịch Quốc hội Trần Thanh Mẫn làm việc với Ủy ban Pháp luật về Nghị định 178/2024/NĐ-CP.';
    document.querySelector('article.fck_detail').append(p);
  }, 400);`),
  // A single-page site swaps the article and pushes a new URL.
  '/spa-4900002.html': withScript(`window.navigateToNext = () => {
    document.querySelector('h1.title-detail').textContent = 'Bộ Chính trị ban hành Kết luận 127-KL/TW';
    document.querySelector('p.description').textContent = 'Tổng Bí thư Tô Lâm ký ban hành kết luận.';
    const body = document.querySelector('article.fck_detail');
    body.innerHTML = '<p class="Normal">Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú đã ký Kết luận 127-KL/TW.</p>' +
      '<p class="Normal">Kết luận yêu cầu các cấp ủy, tổ chức đảng khẩn trương sắp xếp tổ chức bộ máy, hoàn thành trước thời hạn, bảo đảm hoạt động thông suốt và hiệu quả.</p>';
    history.pushState({}, '', '/bo-chinh-tri-ban-hanh-ket-luan-4900003.html');
  };`),
  // A ticker outside the article changes every 5 ms, for ever.
  '/busy-4900004.html': withScript(`const clock = document.createElement('div');
    clock.id = 'clock';
    document.body.prepend(clock);
    setInterval(() => { clock.textContent = 'Cập nhật lúc ' + performance.now().toFixed(1); }, 5);`),
};

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension({
    server: {
      virtual: (req) => (req.host === 'vnexpress.net' && PAGES[req.path] ? { body: PAGES[req.path] } : undefined),
    },
  });
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
