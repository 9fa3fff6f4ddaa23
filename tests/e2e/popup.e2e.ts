/**
 * The popup in a real Chromium with the built extension: two annotations saved through the
 * background are listed, found by an accent-free search and exported as Markdown; a JSON backup
 * made here is imported into a fresh profile's popup and brings both back.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { SEED_ARTICLE } from '../../scripts/lib/fixtures';
import type { Annotation } from '../../utils/model';

const PATH = SEED_ARTICLE.path;
const KEY = `https://${SEED_ARTICLE.host}${PATH}`;
const TITLE = 'Thường trực Ban Bí thư làm việc với Ban Thường vụ Thành ủy TPHCM';
const now = new Date().toISOString();

function annotation(quote: string, start: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id: randomUUID(),
    articleKey: KEY,
    pageUrl: KEY,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + quote.length },
    ],
    quote,
    colour: 'yellow',
    note: '',
    tags: [],
    entityIds: [],
    entityNames: [],
    created: now,
    updated: now,
    ...extra,
  };
}

const first = annotation('Nghị quyết 23 của Ban Chấp hành Trung ương Đảng khóa IX', 180, {
  note: 'Tổng kết 20 năm',
  tags: ['nghị quyết'],
});
const second = annotation('Võ Văn Thưởng', 420, {
  colour: 'blue',
  entityNames: ['Võ Văn Thưởng'],
  entityIds: ['official:vo-van-thuong'],
});

let h: Harness | undefined;
let tmp: string;
let backupPath = '';

const rows = (p: Page) => p.locator('[data-testid=annotation-row]');

async function download(p: Page, testid: string): Promise<{ name: string; file: string; text: string }> {
  const [d] = await Promise.all([p.waitForEvent('download'), p.click(`[data-testid=${testid}]`)]);
  const file = path.join(tmp, d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), file, text: await readFile(file, 'utf8') };
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'vna-popup-e2e-'));
  h = await launchWithExtension();
  const visit = await h.sendMessage<{ ok: boolean }>({
    type: 'visit',
    article: { key: KEY, url: KEY, title: TITLE, site: 'baochinhphu', published: '2022-12-12' },
  });
  expect(visit.ok).toBe(true);
  for (const a of [first, second]) {
    const r = await h.sendMessage<{ ok: boolean; error?: string }>({ type: 'annotation:save', annotation: a });
    expect(r, r.error).toMatchObject({ ok: true });
  }
});

afterAll(async () => {
  await h?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('popup', () => {
  let popup: Page;

  it('lists the article and its two annotations', async () => {
    popup = await h!.openPopup();
    const row = popup.locator('[data-testid=article-row]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getAttribute('data-key')).toBe(KEY);
    expect(await row.locator('[data-testid=article-count]').textContent()).toMatch(/^2 /);
    await row.locator('.article-toggle').click();
    await expect.poll(() => rows(popup).count()).toBe(2);
    expect(await rows(popup).locator('.quote').allTextContents()).toEqual([first.quote, second.quote]);
  });

  it('finds one of them by an accent-free search', async () => {
    await popup.waitForSelector('[data-testid=all-view][data-search-ready=true]');
    await popup.fill('[data-testid=search-input]', 'vo van thuong');
    await expect.poll(() => rows(popup).count()).toBe(1);
    expect(await rows(popup).locator('.quote').textContent()).toBe('Võ Văn Thưởng');
    await popup.fill('[data-testid=search-input]', '');
  });

  it('exports both as Markdown', async () => {
    const md = await download(popup, 'export-md');
    expect(md.name).toMatch(/^vn-annotations-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.text).toMatch(/^---\n/);
    expect(md.text).toContain(`title: "${TITLE}"`);
    expect(md.text).toContain('count: 2');
    expect(md.text).toContain(`> ${first.quote}`);
    expect(md.text).toContain('> Võ Văn Thưởng');
    expect(md.text).toContain('Tổng kết 20 năm');
    expect(md.text.indexOf(first.quote)).toBeLessThan(md.text.indexOf('> Võ Văn Thưởng'));
  });

  it('exports a JSON backup', async () => {
    const json = await download(popup, 'export-json');
    expect(json.name).toMatch(/^vn-annotations-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(json.text);
    expect(data.annotations.map((a: Annotation) => a.id).sort()).toEqual([first.id, second.id].sort());
    backupPath = json.file;
  });

  it('imports the backup into a fresh profile', async () => {
    await h!.close();
    h = await launchWithExtension();
    const fresh = await h.openPopup();
    await fresh.waitForSelector('[data-testid=no-articles]');
    await fresh.setInputFiles('[data-testid=import-input]', backupPath);
    await fresh.waitForSelector('[data-testid=notice]:has-text("2")');
    expect(await fresh.locator('[data-testid=notice]').getAttribute('role')).toBe('status');
    const row = fresh.locator('[data-testid=article-row]');
    await expect.poll(() => row.count()).toBe(1);
    await row.locator('.article-toggle').click();
    await expect.poll(() => rows(fresh).count()).toBe(2);
    expect(await rows(fresh).locator('.quote').allTextContents()).toEqual([first.quote, second.quote]);
    // The background sees them too: they were written to the extension's own database.
    const listed = await h.sendMessage<{ ok: boolean; data: Annotation[] }>({
      type: 'annotations:list',
      articleKey: KEY,
    });
    expect(listed.data.map((a) => a.note).sort()).toEqual(['', 'Tổng kết 20 năm']);
  });
});
