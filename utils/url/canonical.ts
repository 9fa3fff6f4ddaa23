/**
 * An article's identity: its canonical URL with tracking parameters and fragment removed, so the
 * same article reached by two links shares its notes. Pure string functions, plus one function
 * that reads the page's `<link rel=canonical>` / `og:url`.
 */

const TRACKING = [
  /^utm_/,
  /^fbclid$/,
  /^gclid$/,
  /^dclid$/,
  /^gbraid$/,
  /^wbraid$/,
  /^msclkid$/,
  /^yclid$/,
  /^zarsrc$/,
  /^gidzl$/,
  /^ref$/,
  /^ref_src$/,
  /^cmpid$/,
  /^_ga$/,
  /^_gl$/,
  /^mc_[ce]id$/,
  /^igshid$/,
  /^s_cid$/,
  /^ocid$/,
  /^spm$/,
  /^itm_/,
  /^mkt_tok$/,
  /^_hsenc$/,
  /^_hsmi$/,
  /^vero_/,
  /^oly_/,
  /^rb_clickid$/,
];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING.some((re) => re.test(n));
}

/**
 * `raw` resolved against `base`, only http(s), without tracking parameters and fragment; host
 * lowercased and default port dropped (the URL parser does both). Null when not a web URL.
 */
export function cleanUrl(raw: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  const kept = [...u.searchParams].filter(([k]) => !isTrackingParam(k));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  return u.toString();
}

const SECOND_LEVEL = new Set(['com', 'org', 'net', 'gov', 'edu', 'ac', 'info', 'int', 'name', 'pro', 'biz', 'health']);

/** The registrable domain, by the ccTLD convention Vietnam uses (`nld.com.vn` → `nld.com.vn`). */
export function registrableDomain(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const n = labels.length;
  const take = labels[n - 1].length === 2 && SECOND_LEVEL.has(labels[n - 2]) ? 3 : 2;
  return labels.slice(-take).join('.');
}

export function sameSite(a: string, b: string): boolean {
  try {
    return registrableDomain(new URL(a).hostname) === registrableDomain(new URL(b).hostname);
  } catch {
    return false;
  }
}

/**
 * Pick the article key from the page's declared URLs: canonical first, then og:url, each only
 * when it resolves to the same site as the page; otherwise the page URL itself.
 */
export function pickArticleKey(pageUrl: string, declared: readonly (string | null | undefined)[]): string {
  const page = cleanUrl(pageUrl) ?? pageUrl;
  for (const d of declared) {
    if (!d?.trim()) continue;
    const c = cleanUrl(d, page);
    if (c && sameSite(c, page)) return c;
  }
  return page;
}

/** The article key for a page (see pickArticleKey). */
export function articleKey(doc: Document, pageUrl: string): string {
  const declared: (string | null)[] = [];
  try {
    for (const l of Array.from(doc.querySelectorAll('link[rel]'))) {
      if (l.getAttribute('rel')!.toLowerCase().split(/\s+/).includes('canonical'))
        declared.push(l.getAttribute('href'));
    }
    for (const m of Array.from(doc.querySelectorAll('meta'))) {
      if ((m.getAttribute('property') ?? m.getAttribute('name'))?.toLowerCase() === 'og:url')
        declared.push(m.getAttribute('content'));
    }
  } catch {
    /* hostile markup: fall back to the page URL */
  }
  return pickArticleKey(pageUrl, declared);
}
