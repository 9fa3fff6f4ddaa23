// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from './App';
import { createPopupModel, type PopupModel } from './model';
import { defaultSettings } from '../../utils/settings/settings';
import { toBackup } from '../../utils/backup/backup';
import type { AnnotatorDB } from '../../utils/db/db';
import { KEY, OTHER_KEY, ann, article, fakeEnv, freshDb, other, until, type FakeEnv } from './fixtures.test-helpers';

const q1 = ann({
  quote: 'Võ Văn Thưởng',
  start: 400,
  note: 'Thường trực Ban Bí thư',
  tags: ['nhân sự'],
  colour: 'blue',
});
const q0 = ann({ quote: 'Nghị quyết 23', start: 120, entityNames: ['Nghị quyết 23'] });
const q2 = ann({ quote: 'Ban Thường vụ Thành ủy TPHCM', start: 900, orphan: true });
const elsewhere = ann({ quote: 'hợp nhất tinh gọn bộ máy', start: 10, articleKey: OTHER_KEY, pageUrl: OTHER_KEY });

let db: AnnotatorDB;
let env: FakeEnv;
let model: PopupModel;
let root: HTMLElement;
let downloads: { name: string; text: string }[];

async function mount(opts: Parameters<typeof fakeEnv>[1] = {}) {
  env = fakeEnv(db, opts);
  downloads = [];
  model = createPopupModel({
    db,
    env,
    settings: defaultSettings('en'),
    now: () => new Date(2025, 2, 4, 10, 0),
    download: (name, text) => downloads.push({ name, text }),
  });
  model.start();
  render(<App model={model} />, root);
}

const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const rows = () => $$('[data-testid=annotation-row]');
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  await db.articles.bulkPut([article, other]);
  await db.annotations.bulkPut([q1, q0, q2, elsewhere]);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  model.stop();
  db.close();
});

const pageTab = {
  tab: { id: 7, url: KEY },
  info: { state: 'article' as const, articleKey: KEY, title: article.title, site: 'baochinhphu', entities: [] },
};

describe('this page', () => {
  it('lists the article’s annotations in text order, marks orphans, shows stored entities', async () => {
    await mount(pageTab);
    await until(() => rows().length === 3);
    expect(rows().map((r) => r.querySelector('.quote')?.textContent)).toEqual([
      'Nghị quyết 23',
      'Võ Văn Thưởng',
      'Ban Thường vụ Thành ủy TPHCM',
    ]);
    expect(rows()[2].querySelector('[data-testid=orphan-badge]')).not.toBeNull();
    expect(rows()[0].querySelector('[data-testid=orphan-badge]')).toBeNull();
    // The tab answered without entities, so the summary comes from the last visit's record.
    await until(() => $$('[data-testid=entity-item]').length === 2);
    expect($$('[data-testid=entity-item]')[0].textContent).toContain('Võ Văn Thưởng');
  });

  it('shows a change made elsewhere at once', async () => {
    await mount(pageTab);
    await until(() => rows().length === 3);
    await db.annotations.put(ann({ quote: 'Ban Chỉ đạo Trung ương', start: 600 }));
    await until(() => rows().length === 4);
    expect(rows()[2].textContent).toContain('Ban Chỉ đạo Trung ương');
  });

  it('edits note, colour and tags through the background', async () => {
    await mount(pageTab);
    await until(() => rows().length === 3);
    rows()[0].querySelector<HTMLButtonElement>('[data-testid=annotation-edit]')!.click();
    const form = await until(() => root.querySelector<HTMLFormElement>('[data-testid=annotation-editor]'));
    type(form.querySelector('textarea')!, 'Nghị quyết về đại đoàn kết');
    form.querySelector<HTMLInputElement>('[data-testid=edit-colour-green]')!.click();
    type(form.querySelector<HTMLInputElement>('[data-testid=edit-tags]')!, ' nghị quyết ,  Đảng, nghị quyết ');
    form.querySelector<HTMLButtonElement>('[data-testid=edit-save]')!.click();
    await until(
      () => rows()[0].querySelector('[data-testid=annotation-note]')?.textContent === 'Nghị quyết về đại đoàn kết',
    );
    expect(await db.annotations.get(q0.id)).toMatchObject({ colour: 'green', tags: ['nghị quyết', 'Đảng'] });
    await until(
      () => rows()[0].querySelector('[data-testid=annotation-note]')?.textContent === 'Nghị quyết về đại đoàn kết',
    );
  });

  it('deletes and undoes', async () => {
    await mount(pageTab);
    await until(() => rows().length === 3);
    rows()[1].querySelector<HTMLButtonElement>('[data-testid=annotation-delete]')!.click();
    await until(() => rows().length === 2);
    expect(await db.annotations.get(q1.id)).toBeUndefined();
    root.querySelector<HTMLButtonElement>('[data-testid=notice-action]')!.click();
    await until(() => rows().length === 3);
    expect(await db.annotations.get(q1.id)).toEqual(q1);
  });

  it('exports the article as Markdown with the dated file name', async () => {
    await mount(pageTab);
    await until(() => rows().length === 3);
    root.querySelector<HTMLButtonElement>('[data-testid=export-md-article]')!.click();
    await until(() => downloads.length === 1);
    expect(downloads[0].name).toBe('vn-annotations-2025-03-04.md');
    const md = downloads[0].text;
    expect(md).toContain('title: "Thường trực Ban Bí thư');
    expect(md.indexOf('> Nghị quyết 23')).toBeGreaterThan(0);
    expect(md.indexOf('> Nghị quyết 23')).toBeLessThan(md.indexOf('> Võ Văn Thưởng'));
    expect(md).not.toContain('hợp nhất tinh gọn');
  });
});

describe('unsupported page', () => {
  it('offers to enable the site, asks for the origin from the click, then tells the background', async () => {
    await mount({ tab: { id: 3, url: 'https://tin.example.vn/bai-1?x=1' }, info: null });
    const button = await until(() => root.querySelector<HTMLButtonElement>('[data-testid=enable-site]'));
    expect(button.textContent).toContain('tin.example.vn');
    await model.enableSite();
    expect(env.originsAsked).toEqual(['https://tin.example.vn']);
    expect(model.settings.value.extraOrigins).toEqual([]); // the model only learns through watchSettings
    expect(model.notice.value?.kind).toBe('info');
  });

  it('goes to the full list when the tab is not a web page', async () => {
    await mount({ tab: { id: 3, url: 'chrome://newtab/' }, info: null });
    await until(() => root.querySelector('[data-testid=all-view]'));
    expect(root.querySelector('[data-testid=enable-site]')).toBeNull();
  });
});

describe('all annotations', () => {
  it('lists articles newest first with their counts', async () => {
    await mount();
    const list = await until(() =>
      $$('[data-testid=article-row]').length === 2 ? $$('[data-testid=article-row]') : null,
    );
    expect(list.map((r) => r.dataset.key)).toEqual([OTHER_KEY, KEY]);
    expect(list[1].querySelector('[data-testid=article-count]')?.textContent).toBe('3 notes');
  });

  it('leaves out visited articles without annotations, also past the first page', async () => {
    const visitedOnly = Array.from({ length: 70 }, (_, i) => ({
      ...other,
      key: `https://vnexpress.net/chi-doc-${i}.html`,
      url: `https://vnexpress.net/chi-doc-${i}.html`,
      lastVisit: `2024-07-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
    }));
    await db.articles.bulkPut(visitedOnly);
    await mount();
    const list = await until(() =>
      $$('[data-testid=article-row]').length === 2 ? $$('[data-testid=article-row]') : null,
    );
    expect(list.map((r) => r.dataset.key)).toEqual([OTHER_KEY, KEY]);
    await until(() => model.rowsComplete.value);
    expect(model.articleRows.value.map((a) => a.key)).toEqual([OTHER_KEY, KEY]);
  });

  it('searches without accents by default and with them when asked', async () => {
    await mount();
    await until(() => model.index.value);
    type(root.querySelector<HTMLInputElement>('[data-testid=search-input]')!, 'vo van thuong');
    await until(() => rows().length === 1);
    expect(rows()[0].textContent).toContain('Võ Văn Thưởng');
    root.querySelector<HTMLInputElement>('[data-testid=accent-insensitive]')!.click();
    await until(() => root.querySelector('[data-testid=result-count]')?.textContent === '0 results');
    type(root.querySelector<HTMLInputElement>('[data-testid=search-input]')!, 'Thưởng');
    // Both the quote and q1's own note match; so does nothing else.
    await until(() => rows().length === 1);
  });

  it('filters by colour and exports what the filter shows', async () => {
    await mount();
    await until(() => model.index.value);
    model.setFilters({ colour: 'yellow' });
    await until(() => rows().length === 3);
    root.querySelector<HTMLButtonElement>('[data-testid=export-md]')!.click();
    await until(() => downloads.length === 1);
    expect(downloads[0].text).toContain('hợp nhất tinh gọn bộ máy');
    expect(downloads[0].text).not.toContain('> Võ Văn Thưởng');
  });

  it('exports only the selected annotations', async () => {
    await mount();
    await until(() => model.index.value);
    model.setFilters({ text: 'ban' });
    await until(() => rows().length >= 2);
    const pick = rows().find((r) => r.querySelector('.quote')?.textContent === 'Ban Thường vụ Thành ủy TPHCM')!;
    pick.querySelector<HTMLInputElement>('[data-testid=annotation-select]')!.click();
    await until(() => model.selected.value.size === 1);
    await until(() => !root.querySelector<HTMLButtonElement>('[data-testid=export-md-selected]')!.disabled);
    root.querySelector<HTMLButtonElement>('[data-testid=export-md-selected]')!.click();
    await until(() => downloads.length === 1);
    expect(downloads[0].text).toContain('> Ban Thường vụ Thành ủy TPHCM');
    expect(downloads[0].text).not.toContain('> Võ Văn Thưởng');
  });

  it('renders 50 rows at a time', async () => {
    await db.annotations.bulkPut(
      Array.from({ length: 120 }, (_, i) => ann({ quote: `đoạn trích số ${i}`, start: 2000 + i })),
    );
    await mount();
    await until(() => model.index.value);
    model.setFilters({ text: 'doan trich' });
    await until(() => rows().length === 50);
    expect(root.querySelector('[data-testid=show-more]')?.textContent).toBe('Show more (70 left)');
    root.querySelector<HTMLButtonElement>('[data-testid=show-more]')!.click();
    await until(() => rows().length === 100);
  });
});

describe('import', () => {
  const asFile = (text: string, size?: number) => {
    const f = new File([text], 'backup.json', { type: 'application/json' });
    if (size !== undefined) Object.defineProperty(f, 'size', { value: size });
    return f;
  };

  it('reports errors and changes nothing on a bad file', async () => {
    await mount();
    const before = await db.annotations.count();
    const bad = toBackup({ articles: [article], annotations: [q1] }, '2025-01-01T00:00:00.000Z').replace(
      '"blue"',
      '"chartreuse"',
    );
    await model.imports.chooseFile(asFile(bad));
    const notice = await until(() => root.querySelector('[data-testid=notice]'));
    expect(notice.getAttribute('role')).toBe('alert');
    expect(root.querySelector('[data-testid=notice-details]')?.textContent).toMatch(/colour/);
    expect(await db.annotations.count()).toBe(before);
    await model.imports.chooseFile(asFile('{not json'));
    expect(await db.annotations.count()).toBe(before);
  });

  it('refuses a file on its size before reading a byte of it', async () => {
    await mount();
    const file = asFile('{}', 600 * 1024 * 1024);
    let read = false;
    file.text = async () => {
      read = true;
      return '{}';
    };
    await model.imports.chooseFile(file);
    expect(read).toBe(false);
    expect(model.notice.value?.details?.[0]).toMatch(/too large \(600\.0 MB\); the limit is 30\.0 MB/);
  });

  it('shows which notes a backup would replace, writes nothing until confirmed, and can be undone', async () => {
    await mount();
    const newer = { ...q1, note: 'sửa sau', updated: '2025-01-01T00:00:00.000Z' };
    const fresh = ann({ quote: 'đại đoàn kết toàn dân tộc', start: 50 });
    const file = toBackup({ articles: [article], annotations: [newer, fresh, q0] }, '2025-01-02T00:00:00.000Z');
    await model.imports.chooseFile(asFile(file));
    const preview = await until(() => root.querySelector('[data-testid=import-preview]'));
    expect(preview.textContent).toContain('adds 1 note and replaces 1 of yours');
    expect(root.querySelectorAll('[data-testid=import-replaced]')).toHaveLength(1);
    expect(preview.textContent).toContain('sửa sau');
    // Nothing is written before the reader says so; cancelling leaves everything as it was.
    expect((await db.annotations.get(q1.id))?.note).toBe(q1.note);
    expect(await db.annotations.get(fresh.id)).toBeUndefined();
    root.querySelector<HTMLButtonElement>('[data-testid=import-cancel]')!.click();
    await until(() => !root.querySelector('[data-testid=import-preview]'));
    expect((await db.annotations.get(q1.id))?.note).toBe(q1.note);

    await model.imports.chooseFile(asFile(file));
    (await until(() => root.querySelector<HTMLButtonElement>('[data-testid=import-confirm]'))).click();
    await until(async () => (await db.annotations.get(q1.id))?.note === 'sửa sau');
    expect(await db.annotations.get(fresh.id)).toBeDefined();
    expect(model.notice.value?.text).toBe('Imported: 1 new, 1 updated, 1 unchanged.');
    // Undo puts the replaced note back and removes the added one.
    (await until(() => root.querySelector<HTMLButtonElement>('[data-testid=notice-action]'))).click();
    await until(async () => (await db.annotations.get(q1.id))?.note === q1.note);
    expect(await db.annotations.get(fresh.id)).toBeUndefined();
  });

  it('imports a file that replaces nothing at once, still with undo', async () => {
    await mount();
    const fresh = ann({ quote: 'đoàn kết', start: 70 });
    await model.imports.chooseFile(
      asFile(toBackup({ articles: [article], annotations: [fresh] }, '2025-01-02T00:00:00.000Z')),
    );
    await until(async () => !!(await db.annotations.get(fresh.id)));
    expect(model.notice.value?.undoImport).toBe(true);
  });
});

describe('pages that are no article, and sites switched off', () => {
  it('says no article was detected, still lists the notes, and treats the page as an article on request', async () => {
    await mount({ tab: { id: 7, url: `${KEY}` }, info: { ...pageTab.info, state: 'page' } });
    const box = await until(() => root.querySelector('[data-testid=page-not-article]'));
    expect(box.textContent).toContain('No article was detected on this page');
    await until(() => rows().length === 3);
    root.querySelector<HTMLButtonElement>('[data-testid=treat-as-article]')!.click();
    await until(() => env.sent.some((s) => s.msg.type === 'tab:reread'));
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as { articlePatterns: string[] };
    expect(stored.articlePatterns).toEqual([`${new URL(KEY).origin}/`]);
  });

  it('keeps a switched-off site’s notes visible and turns the site on again', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['baochinhphu'] } });
    await mount({ tab: { id: 7, url: KEY }, info: { ...pageTab.info, state: 'disabled' } });
    await until(() => root.querySelector('[data-testid=page-disabled]'));
    await until(() => rows().length === 3);
    root.querySelector<HTMLButtonElement>('[data-testid=site-on]')!.click();
    await until(() => env.reloaded.includes(7));
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as { disabledSites: string[] };
    expect(stored.disabledSites).toEqual([]);
  });
});

describe('keeping notes safe', () => {
  it('says where notes live and that uninstalling deletes them', async () => {
    await mount();
    const where = await until(() => root.querySelector('[data-testid=where-notes-live]'));
    expect(where.textContent).toContain('Uninstalling the extension deletes them');
  });

  it('reminds the reader to back up once 20 notes are in no backup, until a JSON backup is made', async () => {
    await db.annotations.bulkPut(
      Array.from({ length: 20 }, (_, i) =>
        ann({ quote: `đoạn ${i}`, start: 2000 + i * 10, updated: '2025-03-01T00:00:00.000Z' }),
      ),
    );
    await mount();
    const reminder = await until(() => root.querySelector('[data-testid=backup-reminder]'));
    expect(reminder.textContent).toContain('24 notes are in no backup yet.');
    root.querySelector<HTMLButtonElement>('[data-testid=backup-now]')!.click();
    await until(() => downloads.length === 1);
    expect(downloads[0].name).toMatch(/\.json$/);
    await until(() => !root.querySelector('[data-testid=backup-reminder]'));
    // The date of the backup is kept for the next popup.
    expect(Object.values(await fakeBrowser.storage.local.get('vna-last-backup'))).toEqual([
      new Date(2025, 2, 4, 10, 0).toISOString(),
    ]);
  });
});

describe('other exports', () => {
  it('writes a JSON backup of everything and a W3C collection', async () => {
    await mount();
    await until(() => model.annotations.value);
    model.setFilters({ colour: 'blue' }); // a backup ignores filters: it is the whole collection
    root.querySelector<HTMLButtonElement>('[data-testid=export-json]')!.click();
    await until(() => downloads.length === 1);
    expect(downloads[0].name).toBe('vn-annotations-2025-03-04.json');
    const backup = JSON.parse(downloads[0].text);
    expect(backup.annotations.map((a: { id: string }) => a.id).sort()).toEqual(
      [q1, q0, q2, elsewhere].map((a) => a.id).sort(),
    );
    root.querySelector<HTMLButtonElement>('[data-testid=export-w3c]')!.click();
    await until(() => downloads.length === 2);
    expect(downloads[1].name).toBe('vn-annotations-2025-03-04.jsonld');
    expect(downloads[1].text).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(downloads[1].text).toContain('Võ Văn Thưởng');
  });
});
