import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  SETTINGS_KEY,
  defaultSettings,
  languageFor,
  loadSettings,
  mergeSettings,
  normaliseOrigin,
  saveSettings,
  watchSettings,
  type Settings,
} from './settings';
import { DEFAULT_TEMPLATE } from '../export/template';

beforeEach(() => fakeBrowser.reset());

describe('mergeSettings', () => {
  it('gives defaults for junk', () => {
    for (const junk of [undefined, null, 42, 'x', [], { kinds: 'no' }])
      expect(mergeSettings(junk, 'en')).toEqual(defaultSettings('en'));
  });

  it('keeps valid parts and drops bad ones', () => {
    const s = mergeSettings(
      {
        kinds: { official: { enabled: false, colour: '#ABCDEF' }, body: { colour: 'red' }, bogus: {} },
        disabledSites: ['vnexpress', 'no-such-site', 7, 'vnexpress'],
        extraOrigins: ['https://example.vn/path?q', 'ftp://x.vn', 'not a url at all', 'baomoi.net'],
        watchList: [
          { kind: 'official', name: ' Võ Văn Thưởng ', aliases: ['Võ Văn Thưởng', 'ông Thưởng', 3, ''] },
          { kind: 'planet', name: 'x', aliases: [] },
          { kind: 'body', name: '   ' },
        ],
        markdown: { frontMatter: 'yes', links: false },
        language: 'fr',
      },
      'vi',
    );
    expect(s.kinds.official).toEqual({ enabled: false, colour: '#abcdef' });
    expect(s.kinds.body).toEqual(defaultSettings().kinds.body);
    expect(s.disabledSites).toEqual(['vnexpress']);
    expect(s.extraOrigins).toEqual(['https://example.vn', 'https://baomoi.net']);
    expect(s.watchList).toEqual([{ kind: 'official', name: 'Võ Văn Thưởng', aliases: ['ông Thưởng'] }]);
    expect(s.markdown).toEqual({ ...DEFAULT_TEMPLATE, links: false });
    expect(s.language).toBe('vi');
  });

  it('gives settings saved before templates, colour names and citation formats existed their defaults', () => {
    // What version 0.1.0 wrote: only two Markdown switches, nothing about colours or citations.
    const old = { markdown: { frontMatter: false, links: true }, language: 'vi', watchList: [], disabledSites: [] };
    const s = mergeSettings(old, 'en');
    expect(s.markdown).toEqual({ ...DEFAULT_TEMPLATE, frontMatter: false });
    expect(s.colourNames).toEqual({});
    expect(s.citationFormat).toBe('plain');
  });

  it('keeps colour names cleaned, and drops junk in them and in the citation format', () => {
    const s = mergeSettings({
      colourNames: {
        yellow: '  Rất\u00a0 quan trọng ',
        green: '',
        blue: 7,
        magenta: 'x',
        pink: 'Ho\u0300i'.repeat(30),
      },
      citationFormat: 'bibtex',
    });
    expect(s.colourNames).toEqual({ yellow: 'Rất quan trọng', pink: `${'Hòi'.repeat(13)}H` });
    expect(s.citationFormat).toBe('plain');
    expect(mergeSettings({ citationFormat: 'markdown' }).citationFormat).toBe('markdown');
  });

  it('stores watch-list names in NFC', () => {
    const decomposed = 'Nguye\u0302\u0303n'; // "Nguyễn" typed with combining marks
    const s = mergeSettings({ watchList: [{ kind: 'official', name: decomposed, aliases: [] }] });
    expect(s.watchList[0].name).toBe('Nguyễn');
  });
});

describe('languageFor', () => {
  it('picks Vietnamese only for vi locales', () => {
    expect(languageFor('vi-VN')).toBe('vi');
    expect(languageFor('VI')).toBe('vi');
    expect(languageFor('en-US')).toBe('en');
    expect(languageFor('fr')).toBe('en');
    expect(languageFor(undefined)).toBe('en');
  });
});

describe('storage', () => {
  it('loads defaults from empty storage and round-trips a save', async () => {
    expect((await loadSettings()).kinds.official.enabled).toBe(true);
    await saveSettings({ kinds: { official: { enabled: false } }, language: 'en' });
    const s = await loadSettings();
    expect(s.kinds.official).toEqual({ enabled: false, colour: defaultSettings().kinds.official.colour });
    expect(s.kinds.body.enabled).toBe(true);
    expect(s.language).toBe('en');
  });

  it('merges colour names one by one; an empty name gives back the default', async () => {
    await saveSettings({ colourNames: { yellow: 'Cốt lõi', blue: 'Trích' } });
    await saveSettings({ colourNames: { blue: '' }, markdown: { tags: false } });
    const s = await loadSettings();
    expect(s.colourNames).toEqual({ yellow: 'Cốt lõi' });
    expect(s.markdown).toEqual({ ...DEFAULT_TEMPLATE, tags: false });
  });

  it('does not lose one of two quick saves', async () => {
    await Promise.all([saveSettings({ markdown: { links: false } }), saveSettings({ disabledSites: ['nhandan'] })]);
    const s = await loadSettings();
    expect(s.markdown.links).toBe(false);
    expect(s.disabledSites).toEqual(['nhandan']);
  });

  it('tolerates junk written by someone else', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    expect((await loadSettings()).watchList).toEqual([]);
  });

  it('tells watchers about changes, and stops when unsubscribed', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ watchList: [{ kind: 'body', name: 'Ban Chỉ đạo Trung ương', aliases: [] }] });
    expect(seen.at(-1)?.watchList[0].name).toBe('Ban Chỉ đạo Trung ương');
    stop();
    await saveSettings({ language: 'vi' });
    expect(seen).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('normalises origins', () => {
    expect(normaliseOrigin('http://Example.VN:8080/a/b')).toBe('http://example.vn:8080');
    expect(normaliseOrigin('javascript:alert(1)')).toBeNull();
  });
});
