// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from './Options';
import { createOptionsModel, type OptionsModel } from './model';
import { loadSettings, saveSettings } from '../../utils/settings/settings';
import { until } from '../popup/fixtures.test-helpers';
import { AnnotatorDB } from '../../utils/db/db';

let root: HTMLElement;
let model: OptionsModel;
let dropped: string[];

async function mount() {
  dropped = [];
  model = createOptionsModel({ initial: await loadSettings(), dropOrigin: async (o) => dropped.push(o) });
  render(<Options model={model} />, root);
}
const el = <T extends HTMLElement>(testid: string) => root.querySelector<T>(`[data-testid="${testid}"]`)!;
const change = (input: HTMLInputElement | HTMLSelectElement, value?: string) => {
  if (value !== undefined) input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

beforeEach(async () => {
  fakeBrowser.reset();
  await saveSettings({ language: 'en' });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('options page', () => {
  it('saves a kind switch and colour at once and says so', async () => {
    await mount();
    el<HTMLInputElement>('kind-enabled-body').click();
    await until(() => el('saved-status').textContent === 'Saved');
    change(el<HTMLInputElement>('kind-colour-official'), '#123456');
    await until(() => model.settings.value.kinds.official.colour === '#123456');
    const s = await loadSettings();
    expect(s.kinds.body.enabled).toBe(false);
    expect(s.kinds.official).toEqual({ enabled: true, colour: '#123456' });
  });

  it('names the note colours (an empty name gives back the default) and picks the citation format', async () => {
    await mount();
    expect(el<HTMLInputElement>('colour-name-yellow').placeholder).toBe('Important');
    change(el<HTMLInputElement>('colour-name-blue'), '  Phát ngôn cần trích ');
    await until(() => model.settings.value.colourNames.blue === 'Phát ngôn cần trích');
    change(el<HTMLSelectElement>('options-citation-format'), 'markdown');
    await until(() => model.settings.value.citationFormat === 'markdown');
    change(el<HTMLInputElement>('colour-name-blue'), '');
    await until(() => model.settings.value.colourNames.blue === undefined);
    const s = await loadSettings();
    expect(s.colourNames).toEqual({});
    expect(s.citationFormat).toBe('markdown');
  });

  it('turns a built-in site off and back on', async () => {
    await mount();
    el<HTMLInputElement>('site-vnexpress').click();
    await until(() => model.settings.value.disabledSites.includes('vnexpress'));
    expect((await loadSettings()).disabledSites).toEqual(['vnexpress']);
    el<HTMLInputElement>('site-vnexpress').click();
    await until(() => model.settings.value.disabledSites.length === 0);
  });

  it('removes a user-enabled origin and gives up its permission', async () => {
    await saveSettings({ extraOrigins: ['https://tin.example.vn', 'https://bao.example'] });
    await mount();
    const list = el('extra-origins');
    expect(list.textContent).toContain('https://tin.example.vn');
    list.querySelector<HTMLButtonElement>('button')!.click();
    await until(() => model.settings.value.extraOrigins.length === 1);
    expect(dropped).toEqual(['https://tin.example.vn']);
    expect((await loadSettings()).extraOrigins).toEqual(['https://bao.example']);
  });

  it('adds and removes watch-list entries, refusing duplicates', async () => {
    await mount();
    change(el<HTMLSelectElement>('watch-kind'), 'body');
    el<HTMLInputElement>('watch-name').value = '  Ban Chỉ đạo Trung ương ';
    el<HTMLInputElement>('watch-aliases').value = 'BCĐ Trung ương, , BCĐTW';
    el<HTMLFormElement>('watch-add').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => root.querySelectorAll('[data-testid=watch-row]').length === 1);
    expect((await loadSettings()).watchList).toEqual([
      { kind: 'body', name: 'Ban Chỉ đạo Trung ương', aliases: ['BCĐ Trung ương', 'BCĐTW'] },
    ]);
    expect(await model.addWatch({ kind: 'body', name: 'Ban Chỉ đạo Trung ương', aliases: [] })).toBe(false);
    root.querySelector<HTMLButtonElement>('[data-testid=watch-row] button')!.click();
    await until(() => model.settings.value.watchList.length === 0);
  });

  it('switches the interface language and the Markdown choices', async () => {
    await mount();
    change(el<HTMLSelectElement>('language'), 'vi');
    await until(() => root.querySelector('h1')?.textContent === 'Cài đặt Chú giải báo chí VN');
    el<HTMLInputElement>('md-links').click();
    await until(() => !model.settings.value.markdown.links);
    expect((await loadSettings()).markdown).toMatchObject({ frontMatter: true, links: false });
  });

  it('follows changes saved elsewhere', async () => {
    await mount();
    const { watchSettings } = await import('../../utils/settings/settings');
    const stop = watchSettings(model.external);
    await saveSettings({ extraOrigins: ['https://moi.example'] });
    await until(() => el('extra-origins')?.textContent?.includes('https://moi.example'));
    stop();
  });

  it("counts the reader's own card facts and exports them for the data keepers", async () => {
    const db = new AnnotatorDB(`options-facts-${Date.now()}`);
    const files: { name: string; text: string }[] = [];
    model = createOptionsModel({ initial: await loadSettings() });
    const source = {
      db,
      now: () => new Date('2026-12-04T00:00:00Z'),
      download: (name: string, text: string) => files.push({ name, text }),
    };
    render(<Options model={model} facts={source} />, root);
    await until(() => el('facts-count').textContent?.startsWith('None yet') ?? false);
    expect(el<HTMLButtonElement>('facts-export').disabled).toBe(true);
    await db.readerFacts.put({
      id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      entityId: 'official:nguyen-van-a',
      entityName: 'Nguyễn Văn A',
      type: 'position',
      title: 'Chủ tịch UBND tỉnh',
      from: '2025-07-01',
      source: 'https://baoquangngai.vn/vi-du.htm',
      note: '',
      created: '2026-11-02T08:00:00.000Z',
      updated: '2026-11-02T08:00:00.000Z',
    });
    // The section follows the database: a fact added on a card shows without a reload.
    await until(() => el('facts-count').textContent === 'Facts: 1 · people: 1');
    el<HTMLButtonElement>('facts-export').click();
    expect(files[0].name).toBe('vna-facts-2026-12-04.md');
    expect(files[0].text).toContain('"title": "Chủ tịch UBND tỉnh"');
    db.close();
  });
});
