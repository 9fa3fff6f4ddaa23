/**
 * What a news page's address says about it, read from its shape alone (no site knowledge), so it
 * holds across redesigns: an article's address carries a long slug, a numeric or hex id, or a
 * date; tag, search, author, video and forum pages have telling path segments. Pure: string in.
 */

export type UrlShape = 'article' | 'list' | 'video' | 'forum' | 'unknown';

/** Path segments (or their slug's first word) of pages that list articles rather than being one. */
const LIST_SEGMENTS = new Set([
  'tag',
  'tags',
  'tu-khoa',
  'tukhoa',
  'chu-de',
  'chude',
  'tieu-diem',
  'search',
  'tim-kiem',
  'timkiem',
  'tac-gia',
  'tacgia',
  'author',
  'authors',
  'profile',
  'category',
  'categories',
  'chuyen-muc',
  'page',
  'trang',
]);
const VIDEO_SEGMENTS = new Set(['video', 'videos', 'clip', 'clips', 'video-tin-tuc', 'media-video', 'tv', 'podcast']);
const FORUM_SEGMENTS = new Set([
  'thread',
  'threads',
  'forum',
  'forums',
  'dien-dan',
  'diendan',
  'topic',
  'topics',
  't',
  'showthread.php',
  'viewtopic.php',
  'member',
  'members',
]);
const FORUM_HOSTS = /^(forum|forums|diendan|community|congdong)\./;
const VIDEO_HOSTS = /^(video|videos|tv|clip)\./;

/** A long slug: six or more words joined by hyphens (section names have fewer). */
const LONG_SLUG = /(?:^|\/)[a-z0-9]+(?:-[a-z0-9]+){5,}/i;
/** An id: five or more digits, or the eight-hex-digit ids of VnExpress before 2013. */
const ID = /\d{5,}|(?:^|\/)[0-9a-f]{8}(?:\/|$)/i;
/** A date in the path: /2012/06/, /20120116/, /2015-06-19/. */
const PATH_DATE = /\/(?:19|20)\d{2}[/-]?(?:0[1-9]|1[0-2])(?:[/-]?(?:0[1-9]|[12]\d|3[01]))?(?:\/|$)/;
const ID_QUERY = /[?&](?:id|itemid|newsid|articleid|news_id|article_id|p)=\d+/i;
const PAGING = /[?&](?:page|vpage|trang|keywords?|q|s)=/i;

export function urlShape(url: string): UrlShape {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'unknown';
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const segments = u.pathname
    .toLowerCase()
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/\.(html?|aspx?|php|chn|epi|vnp|tpo|ldo|vov)$/, ''));
  const has = (set: Set<string>) => segments.some((s) => set.has(s));

  if (FORUM_HOSTS.test(host) || segments.some((s) => FORUM_SEGMENTS.has(s)) || /showthread|viewtopic/.test(u.pathname))
    return 'forum';
  if (VIDEO_HOSTS.test(host) || segments.slice(0, -1).some((s) => VIDEO_SEGMENTS.has(s))) return 'video';
  if (has(LIST_SEGMENTS) || PAGING.test(u.search) || /(?:^|[-/])(?:page|trang|p)-?\d{1,3}$/.test(segments.at(-1) ?? ''))
    return 'list';
  const path = u.pathname;
  if (LONG_SLUG.test(path) || ID.test(path) || PATH_DATE.test(path) || ID_QUERY.test(u.search)) return 'article';
  return 'unknown';
}
