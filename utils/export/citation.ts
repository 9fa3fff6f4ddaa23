/**
 * "Copy as citation": a note or a quote as text to paste into the reader's own writing, with
 * what a citation needs: the quote, the speaker when known, the article's title, the outlet,
 * the article's date (or, when the page gave none, the day the reader saw it) and a link that
 * scrolls to the quote (a text fragment). Pure: records in, a string out.
 *
 * The speaker is an official named inside the quote, else one named just before it (in the
 * quote selector's prefix, e.g. "Tổng Bí thư Tô Lâm nhấn mạnh: “…”"), found among the officials
 * the article mentions. Nothing is guessed beyond that: no official, no speaker.
 */
import type { Annotation, Article, CitationFormat } from '../model';
import { SITES } from '../sites/registry';
import { normalize } from '../text/normalize';

const searchKey = (s: string) => normalize(s, 'search');
import { isArticleNote } from '../notes/article-note';
import { escapeOneLine, escapeParagraph, linkDestination, safeHttpUrl } from './md-escape';
import { quoteOf } from './order';
import { textFragmentUrl } from './text-fragment';

export type CitationLang = 'vi' | 'en';

export type CitedArticle = Pick<Article, 'url' | 'title' | 'site'> & Partial<Pick<Article, 'published' | 'entities'>>;

export interface CitationOptions {
  format: CitationFormat;
  lang: CitationLang;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const LABELS = {
  vi: {
    in: 'trong bài',
    accessed: (d: string) => `không rõ ngày đăng, truy cập ${d}`,
    date: (y: string, m: string, d: string) => `${d}/${m}/${y}`,
  },
  en: {
    in: 'in',
    accessed: (d: string) => `undated, accessed ${d}`,
    date: (y: string, m: string, d: string) => `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`,
  },
} as const;

const OFFICIAL = 'official:';

/** The official who said the quote, as far as the records tell; null when none is named. */
export function speakerOf(a: Annotation, article?: CitedArticle): string | null {
  if (isArticleNote(a)) return null;
  const known = new Map((article?.entities ?? []).map((e) => [e.id, e.name] as const));
  // Inside the quote: ids and names are saved side by side (names only when the two lists agree).
  const inside = a.entityIds.findIndex((id) => id.startsWith(OFFICIAL));
  if (inside >= 0) {
    const id = a.entityIds[inside];
    const name = known.get(id) ?? (a.entityNames.length === a.entityIds.length ? a.entityNames[inside] : undefined);
    if (name) return name;
  }
  // Just before it: the official of the article whose name ends nearest to the quote.
  const prefix = quoteOf(a)?.prefix;
  if (!prefix) return null;
  const before = searchKey(prefix);
  let best: { name: string; end: number } | null = null;
  for (const e of article?.entities ?? []) {
    if (e.kind !== 'official') continue;
    const at = before.lastIndexOf(searchKey(e.name));
    if (at < 0) continue;
    const end = at + searchKey(e.name).length;
    if (!best || end > best.end) best = { name: e.name, end };
  }
  return best?.name ?? null;
}

/** The outlet's name: the registry's, else what the record holds (a host name for other sites). */
export function outletOf(article: CitedArticle | undefined, pageUrl: string): string {
  const site = article?.site;
  const known = site ? SITES.find((s) => s.id === site)?.name : undefined;
  if (known) return known;
  if (site) return site;
  try {
    return new URL(pageUrl).hostname;
  } catch {
    return '';
  }
}

/** The article's date as readers write it, or the day the reader saved the note when it has none. */
export function citedDate(article: CitedArticle | undefined, a: Annotation, lang: CitationLang): string {
  const l = LABELS[lang];
  const day = (iso: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    return m ? l.date(m[1], m[2], m[3]) : null;
  };
  const published = article?.published ? day(article.published) : null;
  if (published) return published;
  return l.accessed(day(a.created) ?? a.created.slice(0, 10));
}

/** The link that scrolls to the quote; the page itself for an article note or a quote no longer found. */
export function citedLink(a: Annotation): string | null {
  const url = safeHttpUrl(a.pageUrl);
  if (!url) return null;
  const sel = quoteOf(a);
  return isArticleNote(a) || a.orphan || !sel ? url.replace(/#.*$/s, '') : textFragmentUrl(url, sel);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function toCitation(a: Annotation, article: CitedArticle | undefined, opts: CitationOptions): string {
  const l = LABELS[opts.lang];
  const title = oneLine(article?.title || a.pageUrl);
  const outlet = oneLine(outletOf(article, a.pageUrl));
  const date = citedDate(article, a, opts.lang);
  const speaker = speakerOf(a, article);
  const link = citedLink(a);
  const whole = isArticleNote(a);
  if (opts.format === 'markdown') {
    const titled = link ? `[${escapeOneLine(title)}](${linkDestination(link)})` : escapeOneLine(title);
    const source = [
      speaker && escapeOneLine(speaker),
      titled,
      outlet && `*${escapeOneLine(outlet)}*`,
      escapeOneLine(date),
    ]
      .filter(Boolean)
      .join(', ');
    if (whole) return `${escapeParagraph(a.note.trim()).join('\n')}\n\n— ${source}\n`;
    const quote = escapeParagraph(a.quote.trim()).map((line) => `> ${line}`);
    return `${quote.join('\n')}\n>\n> — ${source}\n`;
  }
  const source = [`“${title}”`, outlet, date].filter(Boolean).join(', ');
  const end = link ? `. ${link}` : '.';
  if (whole) return `${a.note.trim()}\n— ${source}${end}\n`;
  const who = speaker ? `${speaker}, ${l.in} ` : '';
  return `“${oneLine(a.quote)}” — ${who}${source}${end}\n`;
}
