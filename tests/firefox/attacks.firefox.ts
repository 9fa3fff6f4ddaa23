/**
 * The hostile news page of tests/e2e/attacks.e2e.ts, in Firefox: tests/fixtures/attacks/attack.js
 * runs in the page's own main world before any script of ours, at a real news address, against
 * the built MV2 extension. Each test is one page-side attack of issue 10 with the same outcome
 * asserted as in Chromium: the page learns nothing and changes nothing, and the reader's own
 * gestures (real input) still work beside the attacker. In Firefox the runtime id the page would
 * need to switch the extension off is public (the gecko id), so that attack is tried with it.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KEY as KEYS } from '../../scripts/lib/bidi';
import { launchFirefox, pollUntil, type FirefoxHarness } from '../../scripts/lib/firefox';
import { pageUi } from '../../scripts/lib/firefox-ui';
import {
  ATTACK_HOST,
  ATTACK_KEY,
  ATTACK_PATH,
  attackServerOptions,
  EVIL_HOST,
  EVIL_PATH,
  QUOTE,
  REAL_KEY,
  SECRET,
  SEEDED,
  seededNote,
} from '../fixtures/attacks/serve';
import type { Annotation } from '../../utils/model';

const KEY = ATTACK_KEY;

let h: FirefoxHarness;

function note(articleKey: string, quote: string, text: string, extra: Partial<Annotation> = {}): Annotation {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    articleKey,
    pageUrl: articleKey,
    selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
    quote,
    colour: 'blue',
    note: text,
    tags: [],
    entityIds: [],
    entityNames: [],
    created: now,
    updated: now,
    ...extra,
  };
}

beforeAll(async () => {
  h = await launchFirefox({ server: attackServerOptions() });
  const page = await h.openFixture(ATTACK_HOST, ATTACK_PATH);
  await h.waitForState(page, (s) => s.entities !== null, 'entities drawn');
  const text = await page.evaluate(() => document.body.textContent ?? '');
  await page.close();
  const r = await h.sendMessage<{ ok: boolean; error?: string }>({
    type: 'annotation:save',
    annotation: seededNote(text),
  });
  expect(r, r.error).toMatchObject({ ok: true });
});
afterEach(async () => {
  // Each test's page goes, even when the test failed: the next one asks the tab at that address.
  await h?.closePages();
});
afterAll(async () => {
  await h?.close();
});

type Probe = Record<string, (...a: unknown[]) => unknown>;
/** Calls one of attack.js's probes, in the page's own main world. */
const probe = <R>(page: Page, name: string, ...args: unknown[]) =>
  h.bidi.call<R>(
    h.contextOf(page),
    (n: string, a: unknown[]) => (window as unknown as { __probe: Probe }).__probe[n](...a),
    [name, args],
  );
const attack = (page: Page) =>
  h.bidi.call<Record<string, string[]>>(h.contextOf(page), () => (window as unknown as { __attack: object }).__attack);

/** Waits until the seeded note's box is drawn in the extension's layer. */
const noteDrawn = (ui: ReturnType<typeof pageUi>) =>
  pollUntil(
    () => ui.noteBoxes(),
    (n) => n > 0,
    () => 'the saved note was not drawn',
  );

async function openAttackPage(): Promise<Page> {
  const page = await h.openFixture(ATTACK_HOST, ATTACK_PATH);
  await h.waitForState(
    page,
    (s) => s.entities !== null && s.anchored.length > 0,
    'entities drawn and the saved note anchored',
  );
  return page;
}

async function notes(key = KEY): Promise<Annotation[]> {
  return (await h.sendMessage<{ data: Annotation[] }>({ type: 'annotations:list', articleKey: key })).data;
}

describe('a hostile news page in Firefox', () => {
  it('defines the extension’s element names first: it captures no shadow root and the UI still works', async () => {
    const page = await openAttackPage();
    const ui = pageUi(h, page);
    await ui.clickFab();
    await ui.waitFor('panel', '[data-testid="entity-panel"]');
    // Whatever the page built from its own definitions, none of it holds the extension's UI.
    expect((await probe<(string | null)[]>(page, 'internals')).filter((x) => x !== null)).toEqual([]);
    const marks = await probe<{ strangers: string[] }>(page, 'marks');
    expect(marks.strangers.filter((n) => n.startsWith('vna-'))).toEqual([]);
  });

  it('learns nothing of a note being written: no keystroke, no text, no passage, no state', async () => {
    const page = await openAttackPage();
    const ui = pageUi(h, page);
    // Controls: in this Firefox the page's tools do work on what is the page's own. Its keylogger
    // sees keys typed into the page, and window.find reaches the article's text.
    await ui.clickAt({ x: 5, y: 5 });
    await h.bidi.type(ui.context, 'q');
    expect((await attack(page)).keys).toContain('keydown:q:');
    expect((await probe<string[]>(page, 'steal', 'Võ Văn Thưởng')).join('\n')).toContain('find:Võ Văn Thưởng');
    await ui.dragSelect(QUOTE);
    await ui.waitFor('editor', '[data-testid="note-editor"]');
    const before = (await attack(page)).keys.length;
    // The reader types into the editor with the keyboard...
    await ui.type('editor', '[data-testid="note-input"]', SECRET);
    await ui.type('editor', '[data-testid="tags-input"]', 'nguồn, bí mật');
    // ...while the page tries everything it can reach.
    const stolen = await probe<string[]>(page, 'steal', SECRET);
    await probe(page, 'inject', 'CHÈN-TỪ-TRANG');
    await ui.click('editor', '[data-testid="note-save"]');
    const saved = await pollUntil(
      async () => (await notes()).find((a) => a.quote === QUOTE),
      (a) => !!a,
      () => 'the note was not saved',
    );
    expect(saved!.note).toBe(SECRET);
    expect(saved!.tags).toEqual(['nguồn', 'bí mật']);

    const seen = await attack(page);
    // Not one keystroke of the note reached the page's capture listeners on window.
    expect(seen.keys.slice(before)).toEqual([]);
    expect(stolen.join('\n')).not.toContain('0912');
    expect(stolen.join('\n')).not.toContain('anh Minh');
    // Nothing in the page's highlight registry tells which passage was noted.
    await h.waitForState(page, (s) => s.anchored.length === 2, 'both notes anchored');
    const highlighted = await probe<string[]>(page, 'highlights');
    expect(highlighted.length).toBeGreaterThan(0);
    expect(highlighted.filter((x) => !x.startsWith('vna-entity-'))).toEqual([]);
    expect(highlighted.some((x) => x.includes('đặt vấn đề, những biện pháp'))).toBe(false);
    // No state of the extension on the page's own elements; its frames are out of the page's sight.
    const marks = await probe<{ htmlAttributes: string[]; frames: string[]; styles: string[] }>(page, 'marks');
    expect(marks.htmlAttributes.filter((a) => a.startsWith('data-vna'))).toEqual([]);
    expect(marks.frames).toEqual([]);
    expect(marks.styles.join(' ')).not.toContain('note');
    expect(seen.attributes.filter((a) => a.includes('data-vna'))).toEqual([]);
    expect(seen.added.filter((n) => n === 'iframe' || n.startsWith('vna-'))).toEqual([]);
  });

  it('cannot take the keyboard from the note being written: focus comes straight back and the reader is told', async () => {
    const page = await openAttackPage();
    const ui = pageUi(h, page);
    await ui.dragSelect(QUOTE);
    await ui.waitFor('editor', '[data-testid="note-editor"]');
    await ui.type('editor', '[data-testid="note-input"]', 'Nguồn tin: ');
    const before = (await attack(page)).keys.length;
    // The page moves focus to a textarea of its own; the reader types on at the keyboard.
    await probe(page, 'stealFocus');
    await h.bidi.type(ui.context, 'anh Minh 0912');
    expect(await probe<string>(page, 'stolenText')).toBe('');
    expect((await attack(page)).keys.slice(before)).toEqual([]);
    await pollUntil(
      () => ui.value('editor', '[data-testid="note-input"]'),
      (v) => v === 'Nguồn tin: anh Minh 0912',
      (v) => `the editor holds "${v}"`,
    );
    await ui.waitFor('editor', '[data-testid="focus-taken"]');
  });

  it('cannot fade, disable or move the extension’s element: it is put back as it was, and its frames work on', async () => {
    const page = await openAttackPage();
    const ui = pageUi(h, page);
    await ui.clickFab();
    await ui.waitFor('panel', '[data-testid="entity-panel"]');
    expect(await probe<number>(page, 'tamperStrangers')).toBe(1);
    await pollUntil(
      () => probe<string[]>(page, 'strangers'),
      (s) => JSON.stringify(s) === JSON.stringify(['html 1 false']),
      (s) => `the element stands as ${JSON.stringify(s)}`,
    );
    await ui.waitFor('panel', '[data-testid="entity-panel"]');
    await ui.click('panel', '[data-testid="panel-entity"]');
    await ui.waitFor('card', '[data-testid="entity-card"]');
  });

  it('cannot lose the reader a note being written by moving the extension’s element: the reloaded editor gives it back', async () => {
    const page = await openAttackPage();
    const ui = pageUi(h, page);
    const WORDS = 'tìm hiểu, quán triệt nội dung thực hiện';
    const typed = () => ui.value('editor', '[data-testid="note-input"]').catch(() => null);
    await ui.dragSelect(WORDS);
    await ui.waitFor('editor', '[data-testid="note-editor"]');
    await ui.type('editor', '[data-testid="note-input"]', 'Nháp: chưa lưu <b>đậm</b>');
    await ui.click('editor', '[data-testid="colour-green"]');
    expect(await probe<number>(page, 'tamperStrangers')).toBe(1);
    // The editor's frame reloaded: the text and the colour are as the reader left them.
    await pollUntil(
      typed,
      (v) => v === 'Nháp: chưa lưu <b>đậm</b>',
      (v) => `the editor holds "${v}"`,
    );
    expect(
      await ui.inFrame('editor', () =>
        document.querySelector('[data-testid="colour-green"]')?.getAttribute('aria-pressed'),
      ),
    ).toBe('true');
    // Closed by the reader, the draft is gone: the same words open an empty editor.
    await ui.click('editor', '[data-testid="note-input"]');
    await h.bidi.type(ui.context, KEYS.escape);
    await pollUntil(
      typed,
      (v) => v === null,
      (v) => `the editor still holds "${v}"`,
    );
    await ui.dragSelect(WORDS);
    await ui.waitFor('editor', '[data-testid="note-editor"]');
    expect(await typed()).toBe('');
    expect((await notes()).map((a) => a.quote)).not.toContain(WORDS);
  });

  it('learns nothing of where the notes are from the document’s overflow', async () => {
    const page = await openAttackPage();
    const ui = pageUi(h, page);
    await noteDrawn(ui);
    expect(await probe<string[]>(page, 'overflow')).toEqual([]);
  });

  it('acts on real input only: synthetic clicks, mouseups and key chords open nothing', async () => {
    const page = await openAttackPage();
    const ui = pageUi(h, page);
    await probe(page, 'synthetic');
    await new Promise((r) => setTimeout(r, 600));
    expect((await h.tabState(page))?.open).toEqual({ card: false, editor: false, panel: false });
    // Nor does the reader's own plain click, on which the page's script selects a passage of its choosing.
    await probe(page, 'selectOnMouseup', 'Ban Thường vụ Thành ủy TPHCM về triển khai thực hiện Nghị quyết này');
    await ui.clickAt((await ui.textPoints('Võ Văn Thưởng')).centre);
    await new Promise((r) => setTimeout(r, 400));
    expect((await h.tabState(page))?.open.editor).toBe(false);
    // The same gesture by the reader does open it.
    await ui.clickAt((await ui.textPoints(SEEDED)).centre);
    await ui.waitFor('editor', '[data-testid="note-editor"]');
    expect((await h.tabState(page))?.open.editor).toBe(true);
  });

  it('cannot have the reader delete a note they cannot see: under a decoy, or with the page faded, the editor refuses, and says so', async () => {
    const page = await openAttackPage();
    const ui = pageUi(h, page);
    await noteDrawn(ui);
    await ui.clickAt((await ui.textPoints(SEEDED)).centre);
    await ui.waitFor('editor', '[data-testid="note-delete"]');
    const quotes = async () => (await notes()).map((a) => a.quote);
    // A decoy in the top layer, one stacked above by z-index, the whole page faded: each time, no.
    for (const [hide, show] of [
      ['cover', 'uncover'],
      ['coverHigh', 'uncover'],
      ['fadeRoot', 'fadeRoot'],
    ] as const) {
      await probe(page, hide, true);
      await ui.click('editor', '[data-testid="note-delete"]');
      await ui.waitFor('editor', '[data-testid="editor-covered"]');
      expect(await quotes(), hide).toContain(SEEDED);
      await probe(page, show, false);
    }
    // Seen again, the same click deletes (and the reader can undo it).
    await ui.click('editor', '[data-testid="note-delete"]');
    await pollUntil(
      quotes,
      (q) => !q.includes(SEEDED),
      () => 'the note was not deleted once the editor was seen',
    );
    await ui.click('editor', '[data-testid="undo"]');
    await pollUntil(
      quotes,
      (q) => q.includes(SEEDED),
      () => 'the note did not come back on Undo',
    );
  });

  it('cannot switch the extension off with its public gecko id, nor take its element away', async () => {
    const page = await openAttackPage();
    const ui = pageUi(h, page);
    const drawn = async () =>
      (await probe<string[]>(page, 'highlights')).filter((x) => x.startsWith('vna-entity-')).length;
    const before = await drawn();
    expect(before).toBeGreaterThan(0);
    expect(h.extensionId).toBe('vn-news-annotator@example.org');
    await probe(page, 'switchOff', h.extensionId);
    await probe(page, 'removeStrangers');
    await new Promise((r) => setTimeout(r, 500));
    expect(await drawn()).toBe(before);
    // Still alive: a change in the article is read, the card still opens on hover.
    await page.evaluate(() =>
      document.querySelector('.detail-content p')?.append(' Thủ tướng Phạm Minh Chính chủ trì hội nghị.'),
    );
    await pollUntil(
      drawn,
      (n) => n > before,
      (n) => `still ${n} entity ranges after the article changed`,
    );
    await ui.hover((await ui.textPoints('Võ Văn Thưởng', 1)).centre);
    await ui.waitFor('card', '[data-testid="entity-card"]');
    expect((await probe<{ strangers: string[] }>(page, 'marks')).strangers).toContain('div');
  });

  it('gets nothing from a frame of the extension it embeds itself', async () => {
    const page = await openAttackPage();
    const url = `${h.baseUrl}frame.html#editor:${'0'.repeat(32)}`;
    await probe(page, 'embedFrame', url);
    const own = await pollUntil(
      async () => (await h.bidi.childrenOf(h.contextOf(page))).find((c) => c.url === url),
      (c) => !!c,
      () => 'the page-made frame did not load',
    );
    // The frame's own script ran (it styles the frame, then asks for its port)...
    await pollUntil(
      () =>
        h.bidi.call<boolean>(
          own!.context,
          () => document.readyState === 'complete' && !!document.querySelector('style'),
        ),
      (ran) => ran,
      () => "the page-made frame's script did not run",
    );
    // ...and, given the time a real frame takes to connect and render, shows nothing.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await h.bidi.call(own!.context, () => document.getElementById('app')?.innerHTML)).toBe('');
    // And the page cannot read it anyway.
    expect((await probe<string[]>(page, 'steal', SECRET)).join('\n')).not.toContain('0912');
  });

  it('learns nothing of the reader’s watch list: its registry is the same with it as without, even where a watched name displaces a built-in one', async () => {
    const without = await openAttackPage();
    const registry = await pageUi(h, without).highlights();
    expect(registry['vna-entity-body']).toContain('Ban Thường vụ Thành ủy TPHCM');
    await without.close();
    await h.patchSettings({
      watchList: [
        { kind: 'body', name: 'Ban Thường vụ Thành ủy TPHCM' },
        { kind: 'resolution', name: 'đại đoàn kết toàn dân tộc' },
      ],
    });
    try {
      const page = await openAttackPage();
      const ui = pageUi(h, page);
      await pollUntil(
        () => ui.layerBoxes('entities'),
        (n) => n >= 2,
        (n) => `the watched names were not drawn in the extension's layer (${n} boxes)`,
      );
      expect(await ui.highlights()).toEqual(registry);
      // Nor does the layer's geometry tell where the watched names are.
      expect(await probe<string[]>(page, 'overflow')).toEqual([]);
    } finally {
      await h.patchSettings({ watchList: [] });
    }
  });

  it('another subdomain that claims an article as canonical gets none of its notes and changes none of its record', async () => {
    await h.sendMessage({
      type: 'visit',
      article: { key: REAL_KEY, url: REAL_KEY, title: 'Bài thật', site: 'baochinhphu' },
    });
    const real = note(REAL_KEY, QUOTE, SECRET, { colour: 'pink' });
    expect(await h.sendMessage({ type: 'annotation:save', annotation: real })).toMatchObject({ ok: true });
    const page = await h.openFixture(EVIL_HOST, EVIL_PATH);
    await h.waitForState(page, (s) => s.entities !== null && s.visitSaved, 'the evil page read and its visit saved');
    // It changes its canonical link 1.5 s after load; the key stays its own.
    await new Promise((r) => setTimeout(r, 2500));
    expect((await h.tabState(page))?.notes).toBe(0);
    expect((await notes(REAL_KEY)).map((a) => a.id)).toEqual([real.id]);
    const record = await h.bidi.call<{ url: string; title: string } | null>(
      await h.extensionContext(),
      (key: string) =>
        new Promise((resolve) => {
          const open = indexedDB.open('vn-news-annotator');
          open.onsuccess = () => {
            const req = open.result.transaction('articles').objectStore('articles').get(key);
            req.onsuccess = () => resolve(req.result ?? null);
          };
        }),
      [REAL_KEY],
    );
    expect(record).toMatchObject({ url: REAL_KEY, title: 'Bài thật' });
  });
});
