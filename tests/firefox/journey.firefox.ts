/**
 * The reader's whole journey in Firefox (Debian's firefox-esr) with the built MV2 extension, on
 * the seed article served at its real address: highlights, an entity's card on hover, a passage
 * selected by a real mouse drag, a note with tags typed key by key into the in-page editor (an
 * extension frame), the note back after a reload and edited, back on a page edited a little and
 * kept as an orphan when its passage is gone, then the popup (the real popup page, in a tab)
 * finds it and exports it as Markdown, and the file holds it. Every gesture is real input.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, pollUntil, type FirefoxHarness } from '../../scripts/lib/firefox';
import { extensionPageUi, pageUi, type PageUi } from '../../scripts/lib/firefox-ui';
import { KEY as KEYS } from '../../scripts/lib/bidi';
import { SEED_ARTICLE, SITES_DIR } from '../../scripts/lib/fixtures';
import type { Annotation } from '../../utils/model';
import { editedALittle, passageRewritten, quoteEditedALittle } from '../fixtures/seed-edits';

/** A host no supported site owns (the seed page is served there too): the extension stays off. */
const UNLISTED_HOST = 'unlisted-news.example';
const KEY = `http://${SEED_ARTICLE.host}${SEED_ARTICLE.path}`;
const QUOTE = 'Thường trực Ban Bí thư đặt vấn đề, những biện pháp triển khai thực hiện';
/** Typed by the reader: Vietnamese with every kind of diacritic, and a word to search by. */
const NOTE = 'Đối chiếu với nghị quyết năm 2023: ưu tiên giải ngân vốn đầu tư công (Firefox).';
const TAGS = 'đầu tư công, Quốc hội';
/** Typed at the end of the note when it is opened again. */
const EDIT = ' Đã kiểm tra lại.';

let h: FirefoxHarness;
let page: Page;
let ui: PageUi;

beforeAll(async () => {
  h = await launchFirefox({ server: { mounts: { [UNLISTED_HOST]: path.join(SITES_DIR, SEED_ARTICLE.host) } } });
});
afterAll(async () => {
  await h?.close();
});

async function stored(): Promise<Annotation[]> {
  return (await h.sendMessage<{ data: Annotation[] }>({ type: 'annotations:list', articleKey: KEY })).data;
}

const anchoredQuotes = async () => ((await h.tabState(page))?.anchored ?? []).map((a) => a.quote);

describe("the reader's journey in Firefox", () => {
  it('reads the seed article at its real address and highlights its entities', async () => {
    page = await h.openFixture(SEED_ARTICLE.host, SEED_ARTICLE.path);
    ui = pageUi(h, page);
    const s = await h.waitForState(
      page,
      (x) => x.state === 'article' && x.visitSaved && x.entities !== null,
      'an article read and saved',
    );
    expect(s.entities).toBeGreaterThan(10);
    const drawn = await ui.highlights();
    expect(drawn['vna-entity-official']).toContain('Võ Văn Thưởng');
    expect(drawn['vna-entity-body']).toContain('Ban Bí thư');
  });

  it('leaves a host outside its sites alone', async () => {
    const other = await h.openFixture(UNLISTED_HOST, SEED_ARTICLE.path);
    await new Promise((r) => setTimeout(r, 1500));
    expect(h.server.requests).toContain(`${UNLISTED_HOST}${SEED_ARTICLE.path} 200`);
    expect(await pageUi(h, other).highlights()).toEqual({});
    expect(await pageUi(h, other).shadowRoot()).toBeNull();
    await other.close();
  });

  it("opens an entity's card when the mouse rests on it", async () => {
    const p = await ui.textPoints('Võ Văn Thưởng', 1);
    await ui.hover(p.centre);
    const card = await ui.waitFor('card', '[data-testid="entity-card"]');
    expect(card).toContain('Võ Văn Thưởng');
    expect((await h.tabState(page))?.open.card).toBe(true);
  });

  it('a real drag selects a passage; the note and tags typed into the editor are saved on it', async () => {
    // Away from the card first, as a reader's hand moves.
    await ui.clickAt({ x: 5, y: 5 });
    await ui.dragSelect(QUOTE);
    await ui.waitFor('editor', '[data-testid="note-editor"]');
    expect((await h.tabState(page))?.open.editor).toBe(true);
    await ui.click('editor', '[data-testid="colour-green"]');
    await ui.type('editor', '[data-testid="note-input"]', NOTE);
    await ui.type('editor', '[data-testid="tags-input"]', TAGS);
    // Every key arrived, diacritics and all, where the reader typed.
    expect(await ui.value('editor', '[data-testid="note-input"]')).toBe(NOTE);
    expect(await ui.value('editor', '[data-testid="tags-input"]')).toBe(TAGS);
    await ui.click('editor', '[data-testid="note-save"]');
    await pollUntil(
      anchoredQuotes,
      (q) => q.length === 1,
      (q) => `anchored: ${JSON.stringify(q)}`,
    );
    expect(await anchoredQuotes()).toEqual([QUOTE]);
    const [saved] = await stored();
    expect(saved).toMatchObject({
      articleKey: KEY,
      quote: QUOTE,
      note: NOTE,
      tags: ['đầu tư công', 'Quốc hội'],
      colour: 'green',
    });
    expect(saved.entityIds).toContain('body:ban-bi-thu');
  });

  it('after a reload the note is back on its passage, drawn in the extension’s own layer', async () => {
    await page.reload({ waitUntil: 'load' });
    await h.waitForState(page, (s) => s.entities !== null && s.anchored.length === 1, 'the note anchored again');
    expect(await anchoredQuotes()).toEqual([QUOTE]);
    expect(await ui.noteBoxes()).toBeGreaterThan(0);
    // The page's own highlight registry holds the entities only, never the reader's passage.
    const names = Object.keys(await ui.highlights());
    expect(names.filter((n) => !n.startsWith('vna-entity-'))).toEqual([]);
  });

  it('a click on the passage opens the note with its text and tags; an edit is saved', async () => {
    // On words of the passage that name no one (a name would open its card on the way).
    await ui.clickAt((await ui.textPoints('những biện pháp')).centre);
    await ui.waitFor('editor', '[data-testid="note-editor"]');
    expect(await ui.value('editor', '[data-testid="note-input"]')).toBe(NOTE);
    expect(await ui.value('editor', '[data-testid="tags-input"]')).toBe('đầu tư công, Quốc hội');
    await ui.click('editor', '[data-testid="note-input"]');
    await h.bidi.chord(ui.context, [KEYS.control, KEYS.end]);
    await h.bidi.type(ui.context, EDIT);
    await ui.click('editor', '[data-testid="note-save"]');
    await pollUntil(
      async () => (await stored())[0]?.note,
      (n) => n === NOTE + EDIT,
      (n) => `stored note: ${JSON.stringify(n)}`,
    );
    // The editor closes once the save is through.
    await h.waitForState(page, (x) => !x.open.editor, 'the editor closed after saving');
  });

  it('comes back after the page was edited a little, and becomes an orphan, never lost, when its text is gone', async () => {
    const PATH = SEED_ARTICLE.path;
    try {
      h.server.setEdit((req, body) => (req.path === PATH ? editedALittle(body) : undefined));
      await page.reload({ waitUntil: 'load' });
      await h.waitForState(
        page,
        (s) => s.entities !== null && s.anchored.length === 1,
        'the note anchored on the edited page',
      );
      expect(await anchoredQuotes()).toEqual([quoteEditedALittle(QUOTE)]);
      expect(await ui.noteBoxes()).toBeGreaterThan(0);

      // Its passage rewritten: the note is kept, as an orphan the panel lists.
      h.server.setEdit((req, body) => (req.path === PATH ? passageRewritten(body) : undefined));
      await page.reload({ waitUntil: 'load' });
      await h.waitForState(page, (s) => s.entities !== null, 'the rewritten page read');
      await pollUntil(
        async () => (await stored())[0]?.orphan,
        (o) => o === true,
        (o) => `orphan: ${o}`,
      );
      expect(await anchoredQuotes()).toEqual([]);
      expect((await stored())[0]?.note).toBe(NOTE + EDIT);
      await ui.clickFab();
      expect(await ui.waitFor('panel', '[data-testid="panel-notes"]')).toMatch(/không tìm thấy|not found/);
    } finally {
      h.server.setEdit(undefined);
    }
    // The text back: so is the note, on its passage.
    await page.reload({ waitUntil: 'load' });
    await h.waitForState(page, (s) => s.anchored.length === 1, 'the note anchored again');
    await pollUntil(
      async () => (await stored())[0]?.orphan,
      (o) => o === false,
      (o) => `orphan: ${o}`,
    );
  });

  it('the popup finds the note by an accent-free search and exports it as Markdown', async () => {
    const popup = extensionPageUi(h, await h.openExtensionPage('/popup.html'));
    await popup.waitFor('[data-testid="all-view"][data-search-ready="true"]');
    await popup.type('[data-testid="search-input"]', 'giai ngan von');
    await pollUntil(
      () => popup.texts('[data-testid="annotation-row"] .quote'),
      (q) => q.length === 1,
      (q) => `rows found: ${JSON.stringify(q)}`,
    );
    expect(await popup.texts('[data-testid="annotation-row"] .quote')).toEqual([QUOTE]);
    expect(await popup.texts('[data-testid="annotation-note"]')).toEqual([NOTE + EDIT]);

    await popup.click('[data-testid="export-md"]');
    const file = await pollUntil(
      async () => (await readdir(h.downloadDir)).find((f) => /^vn-annotations-\d{4}-\d{2}-\d{2}\.md$/.test(f)),
      (f) => !!f,
      () => `no Markdown file in ${h.downloadDir}`,
    );
    const md = await pollUntil(
      () => readFile(path.join(h.downloadDir, file!), 'utf8'),
      (t) => t.length > 0 && t.includes('count:'),
      () => 'the Markdown file stayed empty',
    );
    expect(md).toMatch(/^---\n/);
    expect(md).toContain('title: "Thường trực Ban Bí thư làm việc với Ban Thường vụ Thành ủy TPHCM"');
    expect(md).toContain('count: 1');
    expect(md).toContain(`> ${QUOTE}`);
    expect(md).toContain(NOTE + EDIT);
    expect(md).toContain('đầu tư công');
    expect(md).toContain(KEY);
  });
});
