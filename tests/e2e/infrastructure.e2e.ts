/**
 * The plumbing every other browser test stands on: the built extension loads in a real
 * Chromium, its worker answers, pages open at their real host names through the host mapping,
 * the content script follows its match patterns, and the popup page renders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  pageErrors,
  readMarks,
  waitForMark,
  UNLISTED_HOST,
  type ExtGlobal,
  type Harness,
} from './harness';

// Served through the `virtual` hook so these checks do not depend on the saved site fixtures.
const PROBE_PATH = '/__infra/probe.html';
const PROBE_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Bộ Chính trị họp phiên thường kỳ</title><meta property="og:type" content="article">
<link rel="canonical" href="http://vnexpress.net${PROBE_PATH}"></head>
<body><h1 class="title-detail">Bộ Chính trị họp phiên thường kỳ</h1>
<p class="description">Ban Bí thư và Quốc hội cùng dự.</p>
<article class="fck_detail"><p class="Normal">Ủy viên Bộ Chính trị Võ Văn Thưởng chủ trì cuộc họp về Nghị quyết 23 của Ban Chấp hành Trung ương Đảng khóa IX.</p>
<p class="Normal">Ban Chỉ đạo Trung ương báo cáo kết quả thực hiện.</p></article></body></html>`;

let h: Harness;

beforeAll(async () => {
  h = await launchWithExtension({
    server: { virtual: (r) => (r.path === PROBE_PATH ? { body: PROBE_PAGE } : undefined) },
  });
});

afterAll(async () => {
  await h?.close();
});

describe('extension in Chromium', () => {
  it('starts its service worker, which has a message listener', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const info = await h.evalInWorker(() => {
      const rt = (globalThis as unknown as ExtGlobal).chrome.runtime;
      return { version: rt.getManifest().version, listening: rt.onMessage.hasListeners() };
    });
    expect(info.listening).toBe(true);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers ping with its version', async () => {
    const version = await h.evalInWorker(
      () => (globalThis as unknown as ExtGlobal).chrome.runtime.getManifest().version,
    );
    const reply = await h.sendMessage({ type: 'ping' });
    expect(reply).toEqual({ ok: true, data: expect.objectContaining({ version }) });
  });

  it('serves a page at its real host name and runs the content script there, but not on an unlisted host', async () => {
    const listed = await h.openFixture('vnexpress.net', PROBE_PATH);
    expect(listed.url()).toBe(`http://vnexpress.net${PROBE_PATH}`);
    expect(await listed.title()).toBe('Bộ Chính trị họp phiên thường kỳ');
    const started = Date.now();
    const state = await waitForMark(listed, 'data-vna-state');
    const took = Date.now() - started;
    expect(['article', 'not-article']).toContain(state);

    // Same page, same server, a host outside the match patterns: give it the time the listed page
    // needed plus a margin, then the content script must still have left no mark.
    const unlisted = await h.openFixture(UNLISTED_HOST, PROBE_PATH);
    expect(await unlisted.title()).toBe('Bộ Chính trị họp phiên thường kỳ');
    await unlisted.waitForTimeout(took + 1500);
    expect(await readMarks(unlisted)).toEqual({ state: null, saved: null, entities: null });
    expect(h.server.requests).toContain(`${UNLISTED_HOST}${PROBE_PATH} 200`);
    await Promise.all([listed.close(), unlisted.close()]);
  });

  it('opens the popup page at chrome-extension://ID/popup.html', async () => {
    const popup = await h.openPopup();
    expect(popup.url()).toBe(`chrome-extension://${h.extensionId}/popup.html`);
    // Rendered by its script, not just the static shell.
    await popup.waitForFunction(() => document.body.textContent.trim().length > 0, undefined, { timeout: 10_000 });
    expect(pageErrors(popup)).toEqual([]);
    await popup.close();
  });
});
