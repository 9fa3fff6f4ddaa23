// @vitest-environment happy-dom
/**
 * The popup's note features on a real database and the real background handler: a note on the
 * whole article, copy as citation, tag suggestions, search results with why they matched and a
 * sort order, the dates said for what they are, the Markdown template with its preview.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from './App';
import { createPopupModel, type PopupModel } from './model';
import { defaultSettings, loadSettings } from '../../utils/settings/settings';
import type { AnnotatorDB } from '../../utils/db/db';
import { KEY, OTHER_KEY, ann, article, fakeEnv, freshDb, other, until } from './fixtures.test-helpers';
import { isArticleNote } from '../../utils/notes/article-note';

const quoted = ann({
  quote: 'phải lấy người dân làm trung tâm',
  start: 400,
  note: 'Câu then chốt của bài; đối chiếu với Nghị quyết 57 về chuyển đổi số.',
  tags: ['chuyển đổi số', 'nhân sự'],
  colour: 'blue',
  entityIds: ['official:vo-van-thuong'],
  entityNames: ['Võ Văn Thưởng'],
  created: '2024-05-01T09:00:00.000Z',
});
const early = ann({ quote: 'Nghị quyết 23', start: 120, tags: ['nghị quyết'], created: '2024-05-03T09:00:00.000Z' });
const elsewhere = ann({
  quote: 'hợp nhất tinh gọn bộ máy',
  start: 10,
  articleKey: OTHER_KEY,
  pageUrl: OTHER_KEY,
  note: 'Chuyển đổi mô hình chính quyền hai cấp.',
  tags: ['nhân sự'],
  created: '2024-06-02T09:00:00.000Z',
});

let db: AnnotatorDB;
let model: PopupModel;
let root: HTMLElement;
let copied: string[];

const pageTab = {
  tab: { id: 7, url: `${KEY}#muc-2` },
  info: { state: 'article' as const, articleKey: KEY, title: article.title, site: 'baochinhphu', entities: [] },
};

async function mount(opts: Parameters<typeof fakeEnv>[1] = pageTab, lang: 'vi' | 'en' = 'en') {
  copied = [];
  model = createPopupModel({
    db,
    env: fakeEnv(db, opts),
    settings: defaultSettings(lang),
    copy: async (text) => void copied.push(text),
  });
  model.start();
  render(<App model={model} />, root);
}

const $ = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel);
const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const rows = () => $$('[data-testid=annotation-row]');
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  el.value = value;
  el.setSelectionRange?.(value.length, value.length);
  el.dispatchEvent(new Event('input', { bubbles: true }));
};
const key = (el: HTMLElement, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  await db.articles.bulkPut([article, other]);
  await db.annotations.bulkPut([quoted, early, elsewhere]);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  model.stop();
  db.close();
});

describe('a note on the whole article', () => {
  it('is written in the popup, stored without selectors or quote, and listed first', async () => {
    await mount();
    await until(() => rows().length === 2);
    $<HTMLButtonElement>('[data-testid=add-article-note]')!.click();
    const text = await until(() => $<HTMLTextAreaElement>('[data-testid=article-note-text]'));
    await until(() => document.activeElement === text);
    type(text, 'Cả bài là bản tổng kết nhiệm kỳ.');
    type($<HTMLInputElement>('[data-testid=article-note-tags]')!, 'tổng kết');
    $<HTMLButtonElement>('[data-testid=article-note-save]')!.click();
    await until(() => rows().length === 3);
    const stored = (await db.annotations.where('articleKey').equals(KEY).toArray()).find(isArticleNote)!;
    expect(stored).toMatchObject({
      selectors: [],
      quote: '',
      note: 'Cả bài là bản tổng kết nhiệm kỳ.',
      tags: ['tổng kết'],
    });
    expect(stored.pageUrl).toBe(KEY);
    expect(rows()[0].dataset.wholeArticle).toBe('true');
    expect(rows()[0].querySelector('[data-testid=whole-article-badge]')?.textContent).toBe('Whole article');
  });

  it('refuses an empty one and says why', async () => {
    await mount();
    (await until(() => $<HTMLButtonElement>('[data-testid=add-article-note]'))).click();
    await until(() => $('[data-testid=article-note-form]'));
    $<HTMLButtonElement>('[data-testid=article-note-save]')!.click();
    expect((await until(() => $('[data-testid=article-note-form] [role=alert]'))).textContent).toMatch(/empty/);
    expect(await db.annotations.count()).toBe(3);
  });
});

describe('copy as citation', () => {
  it('copies the quote with its speaker, title, outlet, date and a link to the quote', async () => {
    await mount();
    await until(() => rows().length === 2);
    await until(() => model.articleByKey.value.has(KEY));
    const row = rows().find((r) => r.dataset.id === quoted.id)!;
    row.querySelector<HTMLButtonElement>('[data-testid=annotation-cite]')!.click();
    await until(() => copied.length === 1);
    expect(copied[0]).toMatch(
      /^“phải lấy người dân làm trung tâm” — Võ Văn Thưởng, in “Thường trực Ban Bí thư làm việc với Ban Thường vụ Thành ủy TPHCM”, Báo Điện tử Chính phủ, 12 December 2022\. https:\/\/baochinhphu\.vn\/.*#:~:text=/,
    );
    await until(() => $('[data-testid=notice]')?.textContent?.includes('Citation copied.'));
  });

  it('copies Markdown when the reader chose it', async () => {
    await mount();
    model.settings.value = { ...model.settings.value, citationFormat: 'markdown' };
    await until(() => rows().length === 2);
    // (The article's record loads on its own: a citation copied before it names no title.)
    await until(() => model.articleByKey.value.has(KEY));
    rows()[0].querySelector<HTMLButtonElement>('[data-testid=annotation-cite]')!.click();
    await until(() => copied.length === 1);
    expect(copied[0]).toMatch(/^> Nghị quyết 23\n>\n> — \[Thường trực/);
  });
});

describe('tag suggestions in the popup editor', () => {
  it("offers the reader's tags as they type, and Enter takes one without submitting", async () => {
    await mount();
    await until(() => rows().length === 2 && model.knownTags.value.length === 3);
    rows()[0].querySelector<HTMLButtonElement>('[data-testid=annotation-edit]')!.click();
    const tags = await until(() => $<HTMLInputElement>('[data-testid=edit-tags]'));
    type(tags, 'nghị quyết, nhan');
    const options = await until(() =>
      $$('[data-testid=tag-suggestion]').length ? $$('[data-testid=tag-suggestion]') : null,
    );
    expect(options.map((o) => o.textContent)).toEqual(['nhân sự 2 uses']);
    expect(tags.getAttribute('aria-expanded')).toBe('true');
    expect(tags.getAttribute('aria-activedescendant')).toBe(options[0].id);
    key(tags, 'Enter');
    await until(() => tags.value === 'nghị quyết, nhân sự, ');
    expect($('[data-testid=annotation-editor]')).not.toBeNull();
    $<HTMLButtonElement>('[data-testid=edit-save]')!.click();
    await until(async () => (await db.annotations.get(early.id))?.tags.length === 2);
    expect((await db.annotations.get(early.id))?.tags).toEqual(['nghị quyết', 'nhân sự']);
  });

  it('closes the list on Escape and keeps the editor open', async () => {
    await mount();
    await until(() => rows().length === 2 && model.knownTags.value.length === 3);
    rows()[0].querySelector<HTMLButtonElement>('[data-testid=annotation-edit]')!.click();
    const tags = await until(() => $<HTMLInputElement>('[data-testid=edit-tags]'));
    type(tags, 'ch');
    await until(() => $('[data-testid=tag-suggestions]'));
    key(tags, 'Escape');
    await until(() => !$('[data-testid=tag-suggestions]'));
    expect($('[data-testid=annotation-editor]')).not.toBeNull();
  });
});

describe('search results', () => {
  it('say why each matched, show a snippet with the words marked, and sort as asked', async () => {
    await mount({ tab: undefined, info: null });
    await until(() => model.index.value);
    model.view.value = 'all';
    model.setFilters({ text: 'chuyen doi' });
    await until(() => rows().length === 2);
    expect($('[data-testid=result-count]')?.textContent).toBe('2 results');
    const why = (r: HTMLElement) =>
      [...r.querySelectorAll<HTMLElement>('[data-testid=why-field]')].map((f) => f.dataset.field);
    // Newest first: the note elsewhere (June), then the quoted one (May).
    expect(rows().map((r) => r.dataset.id)).toEqual([elsewhere.id, quoted.id]);
    expect(why(rows()[0])).toEqual(['note']);
    expect(why(rows()[1])).toEqual(['note', 'tag']);
    const snippet = rows()[1].querySelector('[data-testid=result-snippet]')!;
    expect(snippet.querySelector('mark')?.textContent).toBe('chuyển đổi');
    expect(snippet.textContent).toContain('Nghị quyết 57 về chuyển đổi số.');
    const sort = $<HTMLSelectElement>('[data-testid=result-sort]')!;
    sort.value = 'oldest';
    sort.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => rows()[0].dataset.id === quoted.id);
    model.setFilters({ text: '', tag: 'nghị quyết' });
    await until(() => rows().length === 1);
    expect($('[data-testid=result-count]')?.textContent).toBe('1 result');
    expect(why(rows()[0])).toEqual(['tag']);
  });

  it('label the article date and the visit date, and count in the right plural', async () => {
    await mount({ tab: undefined, info: null });
    model.view.value = 'all';
    const row = await until(() => $$('[data-testid=article-row]').find((r) => r.dataset.key === KEY));
    expect(row.querySelector('[data-testid=article-published]')?.textContent).toBe('Published 2022-12-12');
    expect(row.querySelector('[data-testid=article-read]')?.textContent).toBe('Read 2024-05-02');
    const otherRow = $$('[data-testid=article-row]').find((r) => r.dataset.key === OTHER_KEY)!;
    expect(otherRow.querySelector('[data-testid=article-count]')?.textContent).toBe('1 note');
    await until(() => row.querySelector('[data-testid=article-count]')?.textContent === '2 notes');
  });
});

describe('the Markdown template', () => {
  it('previews the export live and saves each choice in the settings', async () => {
    await mount();
    await until(() => rows().length === 2);
    const details = $<HTMLDetailsElement>('[data-testid=template-editor]')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    const preview = await until(() =>
      $('[data-testid=template-preview]')?.textContent ? $('[data-testid=template-preview]') : null,
    );
    expect(preview.textContent).toContain('Tags: #chuyển-đổi-số #nhân-sự');
    expect(preview.textContent).toContain('Colour: To cite (blue)');
    $<HTMLInputElement>('[data-testid=template-tags]')!.click();
    await until(() => !preview.textContent?.includes('Tags:'));
    expect((await loadSettings()).markdown.tags).toBe(false);
    expect(preview.textContent).toContain('Colour: To cite (blue)');
  });
});
