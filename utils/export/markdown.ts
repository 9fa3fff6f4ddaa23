/**
 * Markdown export: front matter, a section per article, each highlight as a blockquote with its
 * note, tags, colour, entities and a link that scrolls back to the quote; notes on the whole
 * article first in their section. The reader's template (template.ts) says which parts go in.
 * User text is escaped so it renders literally (see md-escape.ts); notes are shown as written,
 * not interpreted as Markdown.
 */
import type { Annotation, Article, HighlightColour } from '../model';
import { SITES } from '../sites/registry';
import { DEFAULT_TEMPLATE, type MarkdownTemplate } from './template';
import { colourLabel, colourNames } from '../notes/colours';
import { isArticleNote } from '../notes/article-note';
import { escapeOneLine, escapeParagraph, linkDestination, safeHttpUrl, yamlString } from './md-escape';
import { groupByArticle, quoteOf, type ExportData } from './order';
import { textFragmentUrl } from './text-fragment';
import { runSteps, type Steps } from '../backup/steps';
import { forDisplay } from '../text/normalize';

export type ExportLang = 'vi' | 'en';

export interface MarkdownOptions {
  /** ISO time written into the front matter; passed in so output is reproducible. */
  exportedAt: string;
  /** Which parts go in (default: every part). */
  template?: Partial<MarkdownTemplate>;
  /** The reader's colour names (default: each colour's default name in `lang`). */
  colourNames?: Record<HighlightColour, string>;
  lang?: ExportLang;
}

/** What one rendering needs, resolved once. */
interface Ctx {
  l: Labels;
  lang: ExportLang;
  parts: MarkdownTemplate;
  names: Record<HighlightColour, string>;
}

const LABELS = {
  vi: {
    collection: 'Ghi chú VN News Annotator',
    published: 'Đăng ngày',
    open: 'Mở bài báo',
    jump: 'Đến đoạn trích',
    tags: 'Thẻ',
    colour: 'Màu',
    articleNote: 'Ghi chú về cả bài',
    entities: 'Nhắc đến',
    orphan: 'Không tìm thấy đoạn trích này trong bài ở lần đọc gần nhất.',
    exported: 'Xuất lúc',
  },
  en: {
    collection: 'VN News Annotator export',
    published: 'Published',
    open: 'Open article',
    jump: 'Jump to quote',
    tags: 'Tags',
    colour: 'Colour',
    articleNote: 'Note on the whole article',
    entities: 'Mentions',
    orphan: 'This quote was not found in the article at the last visit.',
    exported: 'Exported',
  },
} as const;

type Labels = (typeof LABELS)[ExportLang];

/** `vn-annotations-YYYY-MM-DD.<ext>` in the local date of `date`. */
export function exportFileName(date: Date, ext: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `vn-annotations-${day}.${ext.replace(/^\./, '')}`;
}

/** A tag as `#word`: letters, digits, `-` and `/` only (spaces and the rest become `-`). */
export function hashtag(tag: string): string | null {
  const safe = forDisplay(tag)
    .replace(/[^\p{L}\p{M}\p{N}/]+/gu, '-')
    .replace(/^[-/]+|[-/]+$/g, '');
  return safe ? `#${safe}` : null;
}

function siteName(site: string): string {
  return SITES.find((s) => s.id === site)?.name ?? site;
}

function frontMatter(groups: { article: Article }[], count: number, opts: MarkdownOptions, l: Labels): string[] {
  const kv = (k: string, v: string) => `${k}: ${yamlString(v)}`;
  const out = ['---'];
  if (groups.length === 1) {
    const a = groups[0].article;
    out.push(kv('title', a.title), kv('url', a.url), kv('site', siteName(a.site)));
    if (a.published) out.push(kv('published', a.published));
    out.push(`count: ${count}`);
  } else {
    out.push(kv('title', l.collection), `articles: ${groups.length}`, `count: ${count}`);
  }
  out.push(kv('exported', opts.exportedAt), '---', '');
  return out;
}

function articleHeader(a: Article, c: Ctx): string[] {
  const bits: string[] = [];
  if (c.parts.article && a.site) bits.push(escapeOneLine(siteName(a.site)));
  if (c.parts.article && a.published) bits.push(`${c.l.published} ${escapeOneLine(a.published.slice(0, 10))}`);
  const url = c.parts.links ? safeHttpUrl(a.url) : null;
  if (url) bits.push(`[${c.l.open}](${linkDestination(url)})`);
  const out = [`## ${escapeOneLine(a.title) || escapeOneLine(a.url)}`, ''];
  if (bits.length) out.push(bits.join(' · '), '');
  return out;
}

function annotationBlock(ann: Annotation, c: Ctx): string[] {
  const { l, parts } = c;
  const whole = isArticleNote(ann);
  const out: string[] = [];
  if (whole) out.push(`*${escapeOneLine(l.articleNote)}*`, '');
  else if (parts.quote) {
    out.push(...escapeParagraph(ann.quote.trim() ? ann.quote : ' ').map((line) => `> ${line}`), '');
    if (ann.orphan) out.push(`*${escapeOneLine(l.orphan)}*`, '');
  }
  if (parts.note && ann.note.trim()) out.push(...escapeParagraph(ann.note), '');
  const meta: string[] = [];
  const tags = parts.tags ? ann.tags.map(hashtag).filter((t): t is string => !!t) : [];
  if (tags.length) meta.push(`${l.tags}: ${tags.join(' ')}`);
  if (parts.colour) meta.push(`${l.colour}: ${escapeOneLine(colourLabel(ann.colour, c.names[ann.colour], c.lang))}`);
  if (parts.entities && ann.entityNames.length)
    meta.push(`${l.entities}: ${ann.entityNames.map(escapeOneLine).join(', ')}`);
  const url = parts.links && !whole && !ann.orphan ? safeHttpUrl(ann.pageUrl) : null;
  const sel = quoteOf(ann) ?? { exact: ann.quote, prefix: '', suffix: '' };
  if (url) meta.push(`[${l.jump}](${linkDestination(textFragmentUrl(url, sel))})`);
  if (meta.length) out.push(meta.join(' · '), '');
  // A note with every one of its parts left out leaves nothing, not an empty line.
  return whole && out.length === 2 ? [] : out;
}

function* markdownSteps(data: ExportData, opts: MarkdownOptions): Steps<string> {
  const lang = opts.lang ?? 'vi';
  const l = LABELS[lang];
  const c: Ctx = {
    l,
    lang,
    parts: { ...DEFAULT_TEMPLATE, ...opts.template },
    names: opts.colourNames ?? colourNames({}, lang),
  };
  const groups = groupByArticle(data);
  const count = groups.reduce((n, g) => n + g.annotations.length, 0);
  const out: string[] = [];
  if (c.parts.frontMatter) {
    out.push(...frontMatter(groups, count, opts, l));
  } else {
    const title = groups.length === 1 ? groups[0].article.title : l.collection;
    out.push(`# ${escapeOneLine(title)}`, '', `${l.exported}: ${escapeOneLine(opts.exportedAt)}`, '');
  }
  let done = 0;
  for (const g of groups) {
    out.push(...articleHeader(g.article, c));
    for (const ann of g.annotations) out.push(...annotationBlock(ann, c));
    done += g.annotations.length;
    yield [done, count];
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

export function toMarkdown(data: ExportData, opts: MarkdownOptions): string {
  return runSteps(markdownSteps(data, opts));
}
