/**
 * The Vietnamese news sites the extension supports out of the box: the one list that the
 * manifest's host permissions, the content script's match patterns and the site adapters all
 * read. A site listed here without an adapter in adapters/index.ts is read by the generic path
 * (generic.ts). A site not listed here can still be enabled by the user from the popup (an
 * optional host permission, granted per origin).
 */
export interface SiteInfo {
  /** Stable id, used by adapters, settings and exports. */
  id: string;
  /** Display name. */
  name: string;
  /** Registrable domains; every subdomain is included. */
  domains: string[];
  /**
   * A provincial or city paper (the organ of that place's Party committee): the data's id of its
   * province or centrally-run city (entities/data/bodies.json localities). A bare "Tỉnh ủy" in an
   * article of it that names no province is that one's, and its card says it was inferred
   * (provincial-papers.ts reads it, with the provincial papers that are not listed here).
   */
  province?: string;
}

export const SITES: readonly SiteInfo[] = [
  { id: 'baochinhphu', name: 'Báo Điện tử Chính phủ', domains: ['baochinhphu.vn', 'chinhphu.vn'] },
  { id: 'nhandan', name: 'Nhân Dân', domains: ['nhandan.vn'] },
  { id: 'dangcongsan', name: 'Đảng Cộng sản Việt Nam', domains: ['dangcongsan.vn', 'dangcongsan.org.vn'] },
  { id: 'tapchicongsan', name: 'Tạp chí Cộng sản', domains: ['tapchicongsan.org.vn'] },
  { id: 'quochoi', name: 'Quốc hội', domains: ['quochoi.vn', 'daibieunhandan.vn'] },
  { id: 'sggp', name: 'Sài Gòn Giải Phóng', domains: ['sggp.org.vn'], province: 'tp-ho-chi-minh' },
  { id: 'tuoitre', name: 'Tuổi Trẻ', domains: ['tuoitre.vn'] },
  { id: 'thanhnien', name: 'Thanh Niên', domains: ['thanhnien.vn', 'thanhnien.com.vn'] },
  // ngoisao.net: VnExpress's Ngôi Sao before it moved to ngoisao.vnexpress.net.
  { id: 'vnexpress', name: 'VnExpress', domains: ['vnexpress.net', 'ngoisao.net'] },
  { id: 'vietnamnet', name: 'VietNamNet', domains: ['vietnamnet.vn'] },
  { id: 'dantri', name: 'Dân trí', domains: ['dantri.com.vn'] },
  { id: 'qdnd', name: 'Quân đội Nhân dân', domains: ['qdnd.vn'] },
  { id: 'cand', name: 'Công an Nhân dân', domains: ['cand.com.vn'] },
  { id: 'vov', name: 'VOV', domains: ['vov.vn'] },
  { id: 'vtv', name: 'VTV', domains: ['vtv.vn'] },
  { id: 'laodong', name: 'Lao Động', domains: ['laodong.vn'] },
  { id: 'tienphong', name: 'Tiền Phong', domains: ['tienphong.vn'] },
  { id: 'plo', name: 'Pháp Luật TP.HCM', domains: ['plo.vn'] },
  // news.zing.vn: Zing News before zingnews.vn (zing.vn itself also served music and games).
  { id: 'znews', name: 'Znews', domains: ['znews.vn', 'zingnews.vn', 'news.zing.vn'] },
  { id: 'nld', name: 'Người Lao Động', domains: ['nld.com.vn'] },
  { id: 'baotintuc', name: 'Báo Tin tức (TTXVN)', domains: ['baotintuc.vn'] },
  { id: 'hanoimoi', name: 'Hà Nội Mới', domains: ['hanoimoi.vn', 'hanoimoi.com.vn'], province: 'ha-noi' },
  { id: 'baomoi', name: 'Báo Mới', domains: ['baomoi.com'] },
  { id: 'vietnamplus', name: 'VietnamPlus', domains: ['vietnamplus.vn'] },
  { id: '24h', name: '24h', domains: ['24h.com.vn'] },
  { id: 'soha', name: 'Soha', domains: ['soha.vn'] },
  { id: 'kenh14', name: 'Kênh 14', domains: ['kenh14.vn'] },
  { id: 'cafef', name: 'CafeF', domains: ['cafef.vn'] },
  { id: 'genk', name: 'GenK', domains: ['genk.vn'] },
  { id: 'vtc', name: 'VTC News', domains: ['vtc.vn'] },
  { id: 'baoquocte', name: 'Thế giới và Việt Nam', domains: ['baoquocte.vn'] },
  { id: 'baodautu', name: 'Báo Đầu tư', domains: ['baodautu.vn'] },
  { id: 'baophapluat', name: 'Pháp luật Việt Nam', domains: ['baophapluat.vn'] },
  { id: 'giaoducthoidai', name: 'Giáo dục và Thời đại', domains: ['giaoducthoidai.vn'] },
  { id: 'mattran', name: 'Mặt trận Tổ quốc Việt Nam', domains: ['mattran.org.vn'] },
];

/** Match patterns (`*://*.domain/*` also matches the bare domain) for manifest and content script. */
export const SITE_MATCH_PATTERNS: string[] = SITES.flatMap((s) => s.domains.map((d) => `*://*.${d}/*`));

/** The site a hostname belongs to, or undefined. */
export function siteForHost(hostname: string): SiteInfo | undefined {
  return SITES.find((s) => s.domains.some((d) => onDomain(hostname, d)));
}

/** `hostname` is `domain` or one of its subdomains (any case, a trailing dot or not). */
export function onDomain(hostname: string, domain: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === domain || host.endsWith(`.${domain}`);
}
