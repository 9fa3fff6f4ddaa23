// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Parser } from 'commonmark';
import { AnnotatorDB } from '../../utils/db/db';
import { createHandler } from '../../utils/background/handle';
import { defaultSettings } from '../../utils/settings/settings';
import { createDossierModel, type DossierModel, type Send } from './model';
import { DossierApp } from './App';
import { until } from '../popup/fixtures.test-helpers';
import {
  DOSSIER_ARTICLES,
  DOSSIER_NOTES,
  PRESIDENT_2023_NFD,
  QUOTING,
  THUONG,
  THUONG_BY_RULE,
} from '../../utils/testing/dossier';

let n = 0;
let db: AnnotatorDB;
let model: DossierModel;
let root: HTMLElement;
let downloads: { name: string; text: string }[];

function mount(lang: 'vi' | 'en' = 'vi') {
  const handle = createHandler({ db, version: 'test' });
  const send: Send = async (msg) => {
    const res = await handle(msg, { kind: 'extension' });
    if (!res.ok) throw new Error(res.error);
    return res.data as never;
  };
  downloads = [];
  model = createDossierModel({
    db,
    send,
    settings: defaultSettings(lang),
    now: () => new Date(2026, 11, 1, 9, 0),
    download: (name, text) => downloads.push({ name, text }),
  });
  render(<DossierApp model={model} />, root);
}

const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const texts = (sel: string) => $$(sel).map((e) => e.textContent?.trim());
const type = (el: HTMLInputElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

beforeEach(async () => {
  db = new AnnotatorDB(`dossier-ui-${Date.now()}-${n++}`);
  await db.articles.bulkPut(DOSSIER_ARTICLES);
  await db.annotations.bulkPut(DOSSIER_NOTES);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  model.stop();
  db.close();
});

describe('the dossier page', () => {
  it("shows an official's articles newest first, the role held on each day, notes and the timeline", async () => {
    mount();
    model.open(THUONG);
    await until(() => root.querySelector('[data-testid=dossier][data-ready=true]'));
    expect(root.querySelector('[data-testid=dossier-name]')?.textContent).toBe('Võ Văn Thưởng');
    expect(texts('[data-testid=article-day]')).toEqual([
      '20/05/2023',
      '12/12/2022',
      '19/06/2019',
      'không rõ ngày đăng',
    ]);
    expect(texts('[data-testid=article-outlet]')).toEqual([
      'VietNamNet',
      'Báo Điện tử Chính phủ',
      'Thanh Niên',
      'Nhân Dân',
    ]);
    const roles = texts('[data-testid=article-role]');
    expect(roles).toHaveLength(3); // the undated article gets none
    expect(roles[0]).toContain('Chủ tịch nước');
    expect(roles[1]).toContain('Thường trực Ban Bí thư');
    expect(roles[2]).toContain('Trưởng Ban Tuyên giáo Trung ương');
    // The notes that only name him come a moment after the first paint.
    await until(() => texts('[data-testid=note-quote]').length === 2);
    expect(texts('[data-testid=note-quote]')).toEqual(['UBND TP Hà Nội báo cáo tiến độ', QUOTING.quote]);
    const svg = root.querySelector('[data-testid=timeline] svg')!;
    expect(svg.getAttribute('aria-label')).toContain('3 bài');
    expect($$('[data-testid=timeline] rect.bar').map((r) => Number(r.getAttribute('data-count')))).toEqual([1, 1, 1]);
    expect($$('[data-testid=band]').length).toBeGreaterThanOrEqual(4);
    expect(texts('[data-testid=position]')[0]).toContain('Chủ tịch nước');
  });

  it('exports what it shows as Markdown and JSON', async () => {
    mount('en');
    model.open(THUONG);
    await until(() => $$('[data-testid=dossier-note]').length === 2);
    root.querySelector<HTMLButtonElement>('[data-testid=export-dossier-md]')!.click();
    root.querySelector<HTMLButtonElement>('[data-testid=export-dossier-json]')!.click();
    expect(downloads.map((d) => d.name)).toEqual([
      'dossier-vo-van-thuong-2026-12-01.md',
      'dossier-vo-van-thuong-2026-12-01.json',
    ]);
    const md = downloads[0].text;
    expect(md).toMatch(/^---\ntitle: "Võ Văn Thưởng"\n/);
    expect(new Parser().parse(md).firstChild).not.toBeNull();
    expect(md).toContain('## Articles read (4)');
    expect(JSON.parse(downloads[1].text).notes).toHaveLength(2);
    await until(() => root.querySelector('[data-testid=notice]')?.textContent?.includes('2026-12-01.json'));
  });

  it('merges another entry through the background, follows it, and undoes it', async () => {
    mount();
    model.open(THUONG);
    await until(() => root.querySelector('[data-testid=dossier][data-ready=true]'));
    const panel = root.querySelector<HTMLDetailsElement>('[data-testid=merge-panel]')!;
    panel.open = true;
    panel.dispatchEvent(new Event('toggle'));
    type(root.querySelector<HTMLInputElement>('[data-testid=merge-search]')!, 'vo van thuong');
    const candidate = await until(() => root.querySelector<HTMLElement>('[data-testid=merge-candidate]'));
    expect(candidate.dataset.id).toBe(THUONG_BY_RULE);
    candidate.querySelector<HTMLButtonElement>('[data-testid=merge-into]')!.click();
    await until(() => $$('[data-testid=dossier-article]').length === 5);
    expect($$('[data-testid=dossier-article]').map((r) => r.dataset.key)).toContain(PRESIDENT_2023_NFD.key);
    expect(await db.entityMerges.get(THUONG_BY_RULE)).toMatchObject({ into: THUONG });
    // The merged id's own address opens this dossier and says why.
    model.open(THUONG_BY_RULE);
    await until(() => root.querySelector('[data-testid=requested-note]'));
    expect(root.querySelector('[data-testid=dossier]')?.getAttribute('data-id')).toBe(THUONG);
    root.querySelector<HTMLButtonElement>('[data-testid=unmerge]')!.click();
    await until(() => $$('[data-testid=dossier-article]').length === 4);
    expect(await db.entityMerges.count()).toBe(0);
  });

  it('follows an article read in another tab without a reload', async () => {
    mount();
    model.open(THUONG);
    await until(() => $$('[data-testid=dossier-article]').length === 4);
    await db.articles.put({
      ...PRESIDENT_2023_NFD,
      entities: [{ id: THUONG, kind: 'official', name: 'Võ Văn Thưởng', count: 1 }],
    });
    await until(() => $$('[data-testid=dossier-article]').length === 5);
  });
});

describe('the index page', () => {
  it('lists every entity, searchable without accents and by kind, each a link to its dossier', async () => {
    mount();
    model.open(null);
    await until(() => root.querySelector('[data-testid=dossier-index][data-ready=true]'));
    const ids = () => $$('[data-testid=index-row]').map((r) => r.dataset.id);
    expect(ids().slice(0, 2)).toEqual([THUONG, 'body:ban-bi-thu']); // most read first
    type(root.querySelector<HTMLInputElement>('[data-testid=index-search]')!, 'VO VAN THUONG');
    await until(() => ids().length === 2);
    expect(ids()).toEqual([THUONG, THUONG_BY_RULE]);
    expect(root.querySelector('[data-testid=index-link]')?.getAttribute('href')).toBe('#official:vo-van-thuong');
    expect(texts('[data-testid=index-articles]')).toEqual(['4', '1']);
    type(root.querySelector<HTMLInputElement>('[data-testid=index-search]')!, '');
    const kind = root.querySelector<HTMLSelectElement>('[data-testid=index-kind]')!;
    kind.value = 'resolution';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => ids().length === 1);
    expect(ids()).toEqual(['resolution:luat-bao-chi-2016']);
    expect(root.querySelector('[data-testid=index-count]')?.textContent).toMatch(/^1\/\d+ mục$/);
  });

  it('says so when nothing has been read yet', async () => {
    await db.articles.clear();
    mount('en');
    model.open(null);
    await until(() => root.querySelector('[data-testid=dossier-index]'));
    expect(root.textContent).toContain('Nothing yet');
  });
});
