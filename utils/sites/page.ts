/**
 * Reading facts off a page without trusting it: every query is guarded (a selector the DOM
 * implementation rejects, or a tree too deep for its matcher, yields nothing rather than an
 * exception), and metadata strings come back NFC with whitespace collapsed.
 */
import { forDisplay } from '../text/normalize';

/** The first element matching any of the selectors, tried in order. */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    try {
      const el = root.querySelector(sel);
      if (el) return el;
    } catch {
      /* unsupported selector or matcher failure: try the next one */
    }
  }
  return null;
}

export function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Display text: NFC, whitespace runs folded to one space, trimmed. */
export function clean(s: string | null | undefined): string {
  return forDisplay(s ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

export function textOf(el: Element | null | undefined): string {
  return el ? clean(el.textContent) : '';
}

/** Content of the first `<meta>` whose property, name or itemprop is one of `keys` (case-insensitive). */
export function meta(doc: Document, keys: readonly string[]): string | undefined {
  const wanted = keys.map((k) => k.toLowerCase());
  const metas = all(doc, 'meta');
  for (const key of wanted) {
    for (const m of metas) {
      const k = (
        m.getAttribute('property') ??
        m.getAttribute('name') ??
        m.getAttribute('itemprop') ??
        ''
      ).toLowerCase();
      const v = m.getAttribute('content');
      if (k === key && v && v.trim()) return v.trim();
    }
  }
  return undefined;
}

export type LdObject = Record<string, unknown>;

/** Every JSON-LD object on the page, with arrays and `@graph` flattened. Broken blocks are skipped. */
export function jsonLd(doc: Document): LdObject[] {
  const out: LdObject[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as LdObject;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of all(doc, 'script')) {
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = s.textContent ?? '';
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Common CMS slips: raw control characters inside strings, trailing commas.
      try {
        visit(JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')), 0);
      } catch {
        /* unreadable block */
      }
    }
  }
  return [...new Set(out)];
}

const ARTICLE_TYPES = new Set([
  'newsarticle',
  'article',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'blogposting',
  'report',
  'liveblogposting',
]);

export function ldTypes(o: LdObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t])
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.toLowerCase().replace(/^.*[/:]/, ''));
}

export function isArticleLd(o: LdObject): boolean {
  return ldTypes(o).some((t) => ARTICLE_TYPES.has(t));
}

/** A string field of a JSON-LD object; `author` and friends may be objects or lists of them. */
export function ldString(o: LdObject | undefined, key: string): string | undefined {
  const pick = (v: unknown): string | undefined => {
    if (typeof v === 'string') return clean(v) || undefined;
    if (Array.isArray(v)) return v.map(pick).filter(Boolean).join(', ') || undefined;
    if (v && typeof v === 'object') return pick((v as LdObject).name ?? (v as LdObject)['@id']);
    return undefined;
  };
  return o ? pick(o[key]) : undefined;
}

/** The URL a JSON-LD article says it lives at (`url` or `mainEntityOfPage`). */
export function ldUrl(o: LdObject): string | undefined {
  const m = o.mainEntityOfPage;
  const v =
    typeof m === 'string'
      ? m
      : m && typeof m === 'object'
        ? ((m as LdObject)['@id'] ?? (m as LdObject).url)
        : undefined;
  return typeof o.url === 'string' ? o.url : typeof v === 'string' ? v : undefined;
}
