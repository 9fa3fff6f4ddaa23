/**
 * The reader's settings, kept in browser.storage.local under 'settings'. Read by the content
 * script, the popup and the options page, so this module stays small and free of Preact.
 * Everything read from storage goes through mergeSettings: storage can hold junk from an older
 * version or a hand edit, and a bad value must fall back to its default, never break a page.
 */
import { browser } from 'wxt/browser';
import { CITATION_FORMATS, type CitationFormat, type EntityKind, type HighlightColour, type Lang } from '../model';
import { SITES } from '../sites/registry';
import { forDisplay } from '../text/normalize';
import { DEFAULT_TEMPLATE, templateFrom, type MarkdownTemplate } from '../export/template';
import { cleanColourNames } from '../notes/colours';

export const SETTINGS_KEY = 'settings';
export const ENTITY_KINDS: readonly EntityKind[] = ['official', 'body', 'resolution'];
export type { Lang, CitationFormat };
export { CITATION_FORMATS };

export interface KindStyle {
  enabled: boolean;
  /** `#rrggbb`. Pages draw it as a translucent background with a solid underline. */
  colour: string;
}

/** A name the reader wants highlighted like a built-in entity. */
export interface WatchEntry {
  kind: EntityKind;
  name: string;
  aliases: string[];
}

export interface Settings {
  kinds: Record<EntityKind, KindStyle>;
  /** Ids from SITES the reader switched off. */
  disabledSites: string[];
  /** Origins (`https://host`) the reader switched on from the popup. */
  extraOrigins: string[];
  /**
   * Address prefixes the reader said hold articles the detection missed ("Treat this page as an
   * article"): an origin and a folder, e.g. `https://news.example/chinh-tri/`.
   */
  articlePatterns: string[];
  watchList: WatchEntry[];
  /** What goes into a Markdown export (utils/export/template.ts). */
  markdown: MarkdownTemplate;
  /** The reader's names for the note colours; a colour not named here shows its default name. */
  colourNames: Partial<Record<HighlightColour, string>>;
  /** How "Copy citation" writes to the clipboard. */
  citationFormat: CitationFormat;
  language: Lang;
}

export type SettingsPatch = Partial<Omit<Settings, 'kinds' | 'markdown' | 'colourNames'>> & {
  kinds?: Partial<Record<EntityKind, Partial<KindStyle>>>;
  markdown?: Partial<Settings['markdown']>;
  /** Merged name by name; an empty name gives the colour its default name back. */
  colourNames?: Partial<Record<HighlightColour, string>>;
};

/**
 * Mid-tones: the underline reaches 3 : 1 on a white page and on a dark one, the 25 % tint keeps
 * either page's text readable, and the three stay apart for colour-blind readers (ochre, blue,
 * raspberry: measured by scripts/eval/contrast.ts). Each kind's underline style differs too.
 */
export const DEFAULT_KIND_COLOURS: Record<EntityKind, string> = {
  official: '#ae7613',
  body: '#3e69ea',
  resolution: '#dd408c',
};

/**
 * Earlier defaults, never the reader's own choice: read as today's default (amber measured 2.1 : 1
 * on white; blue and purple looked alike to deuteranopes).
 */
const RETIRED_DEFAULTS: Record<EntityKind, string> = {
  official: '#e6a700',
  body: '#2f8fd8',
  resolution: '#9b59d0',
};

const LIMITS = { watch: 500, name: 200, aliases: 20, origins: 200 } as const;

export function languageFor(navigatorLanguage: string | undefined): Lang {
  return navigatorLanguage?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

function browserLanguage(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

export function defaultSettings(lang: Lang = languageFor(browserLanguage())): Settings {
  return {
    kinds: {
      official: { enabled: true, colour: DEFAULT_KIND_COLOURS.official },
      body: { enabled: true, colour: DEFAULT_KIND_COLOURS.body },
      resolution: { enabled: true, colour: DEFAULT_KIND_COLOURS.resolution },
    },
    disabledSites: [],
    extraOrigins: [],
    articlePatterns: [],
    watchList: [],
    markdown: { ...DEFAULT_TEMPLATE },
    colourNames: {},
    citationFormat: 'plain',
    language: lang,
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const HEX = /^#[0-9a-f]{6}$/i;
const SITE_IDS = new Set(SITES.map((s) => s.id));

/** `https://example.vn` from any URL or origin-like text; null when it is not http(s). */
export function normaliseOrigin(input: string): string | null {
  try {
    const u = new URL(input.includes('://') ? input : `https://${input}`);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

function watchEntry(v: unknown): WatchEntry | null {
  if (!isObj(v) || !ENTITY_KINDS.includes(v.kind as EntityKind) || typeof v.name !== 'string') return null;
  const name = forDisplay(v.name).trim().slice(0, LIMITS.name);
  if (!name) return null;
  const aliases = [...new Set(strings(v.aliases).map((a) => forDisplay(a).trim().slice(0, LIMITS.name)))]
    .filter((a) => a && a !== name)
    .slice(0, LIMITS.aliases);
  return { kind: v.kind as EntityKind, name, aliases };
}

/**
 * The pattern "Treat this page as an article" remembers for a page: its origin and folder
 * (`https://news.example/chinh-tri/bai-1.html` → `https://news.example/chinh-tri/`), so the
 * section's other articles are read too; null for a non-web address.
 */
export function articlePatternFor(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.origin}${u.pathname.replace(/[^/]*$/, '')}`;
  } catch {
    return null;
  }
}

/** Whether the reader said pages at this address are articles. */
export function treatedAsArticle(s: Settings, url: string): boolean {
  const p = articlePatternFor(url);
  return !!p && s.articlePatterns.some((x) => p.startsWith(x));
}

/** Any stored value → complete, valid Settings; unknown or bad parts take their defaults. */
export function mergeSettings(stored: unknown, lang?: Lang): Settings {
  const d = defaultSettings(lang);
  if (!isObj(stored)) return d;
  const kinds = isObj(stored.kinds) ? stored.kinds : {};
  for (const k of ENTITY_KINDS) {
    const s = kinds[k];
    if (!isObj(s)) continue;
    const colour = typeof s.colour === 'string' && HEX.test(s.colour) ? s.colour.toLowerCase() : d.kinds[k].colour;
    d.kinds[k] = {
      enabled: bool(s.enabled, d.kinds[k].enabled),
      colour: colour === RETIRED_DEFAULTS[k] ? d.kinds[k].colour : colour,
    };
  }
  d.disabledSites = [...new Set(strings(stored.disabledSites).filter((id) => SITE_IDS.has(id)))];
  d.extraOrigins = [
    ...new Set(
      strings(stored.extraOrigins)
        .map(normaliseOrigin)
        .filter((o): o is string => !!o),
    ),
  ].slice(0, LIMITS.origins);
  d.articlePatterns = [...new Set(strings(stored.articlePatterns).filter((p) => articlePatternFor(p) === p))].slice(
    0,
    LIMITS.origins,
  );
  if (Array.isArray(stored.watchList))
    d.watchList = stored.watchList
      .map(watchEntry)
      .filter((w): w is WatchEntry => !!w)
      .slice(0, LIMITS.watch);
  // Settings saved before a field existed simply lack it: each missing part takes its default.
  d.markdown = templateFrom(stored.markdown);
  d.colourNames = cleanColourNames(stored.colourNames);
  if (CITATION_FORMATS.includes(stored.citationFormat as CitationFormat))
    d.citationFormat = stored.citationFormat as CitationFormat;
  if (stored.language === 'vi' || stored.language === 'en') d.language = stored.language;
  return d;
}

/** Settings with a patch applied (nested kinds, markdown and colour names merged one level deep). */
export function applyPatch(s: Settings, patch: SettingsPatch): Settings {
  const kinds = { ...s.kinds };
  for (const k of ENTITY_KINDS) if (patch.kinds?.[k]) kinds[k] = { ...kinds[k], ...patch.kinds[k] };
  const colourNames = { ...s.colourNames, ...patch.colourNames };
  const markdown = { ...s.markdown, ...patch.markdown };
  return mergeSettings({ ...s, ...patch, kinds, markdown, colourNames }, s.language);
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return mergeSettings(got[SETTINGS_KEY]);
}

// Saves run one after another, so two quick edits (a colour, then a checkbox) cannot undo each other.
let queue: Promise<unknown> = Promise.resolve();

export function saveSettings(patch: SettingsPatch): Promise<Settings> {
  const run = queue.then(async () => {
    const next = applyPatch(await loadSettings(), patch);
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Calls `cb` with the new settings whenever they change in any context; returns an unsubscribe. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) cb(mergeSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
