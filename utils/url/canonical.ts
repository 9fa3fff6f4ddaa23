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

/**
 * Pick the article key from the page's declared URLs: canonical first, then og:url, each only
 * when it has the page's own origin (scheme and host); otherwise the page URL itself. A page
 * chooses whose notes load by its key, so a subdomain or a plain-http copy can never claim
 * another origin's article (mobile and www variants of a site keep notes apart: the price).
 */
export function pickArticleKey(pageUrl: string, declared: readonly (string | null | undefined)[]): string {
  const page = cleanUrl(pageUrl) ?? pageUrl;
  const origin = originOf(page);
  for (const d of declared) {
    if (!d?.trim()) continue;
    const c = cleanUrl(d, page);
    if (c && origin && originOf(c) === origin) return c;
  }
  return page;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
