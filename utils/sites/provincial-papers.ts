/**
 * A provincial or city paper's province (the organ of that place's Party committee): a bare "Tỉnh
 * ủy" in an article of it that names no province is that province's (entities/article-places.ts),
 * and the card says it was inferred from the paper. The listed city papers carry theirs in
 * registry.ts (`province`); the provincial papers below are not listed sites (no page of theirs
 * has been seen here to test the article reader on): the reader turns the extension on for one from
 * the popup, and this table gives its articles their place. A page of each domain that shows the
 * paper's name: docs/provincial-papers.md.
 * Pure: no DOM.
 */
import type { HomePlace } from '../entities/article-places';
import { cardRecords } from '../entities/records';
import type { LocalityRecord } from '../entities/types';
import { slugify } from '../text/normalize';
import { onDomain, siteForHost } from './registry';

/**
 * Domain, the paper's name, the data's id of its province (entities/data/bodies.json localities),
 * and for a province merged into another in 2025 its last day (the paper's articles after it are
 * about the merged province, which the paper does not name).
 */
type PaperRow = readonly [domain: string, paper: string, province: string, until?: string];

export const PROVINCIAL_PAPERS: readonly PaperRow[] = [
  ['baoangiang.com.vn', 'Báo An Giang', 'an-giang'],
  ['baobariavungtau.com.vn', 'Báo Bà Rịa - Vũng Tàu', 'ba-ria-vung-tau', '2025-06-30'],
  ['baobackan.com.vn', 'Báo Bắc Kạn', 'bac-kan', '2025-06-30'],
  ['baobackan.vn', 'Báo Bắc Kạn', 'bac-kan', '2025-06-30'],
  ['baobacninh.com.vn', 'Báo Bắc Ninh', 'bac-ninh'],
  ['baodongkhoi.vn', 'Báo Đồng Khởi', 'ben-tre', '2025-06-30'],
  ['baobinhdinh.vn', 'Báo Bình Định', 'binh-dinh', '2025-06-30'],
  ['baobinhduong.vn', 'Báo Bình Dương', 'binh-duong', '2025-06-30'],
  ['baobinhphuoc.com.vn', 'Báo Bình Phước', 'binh-phuoc', '2025-06-30'],
  ['baobinhthuan.com.vn', 'Báo Bình Thuận', 'binh-thuan', '2025-06-30'],
  ['baocamau.com.vn', 'Báo Cà Mau', 'ca-mau'],
  ['baocamau.vn', 'Báo Cà Mau', 'ca-mau'],
  ['baocantho.com.vn', 'Báo Cần Thơ', 'can-tho'],
  ['baocaobang.vn', 'Báo Cao Bằng', 'cao-bang'],
  ['baodanang.vn', 'Báo Đà Nẵng', 'da-nang'],
  ['baodaklak.vn', 'Báo Đắk Lắk', 'dak-lak'],
  ['baodaknong.vn', 'Báo Đắk Nông', 'dak-nong', '2025-06-30'],
  ['baodongnai.com.vn', 'Báo Đồng Nai', 'dong-nai'],
  ['baodongthap.vn', 'Báo Đồng Tháp', 'dong-thap'],
  ['baogialai.com.vn', 'Báo Gia Lai', 'gia-lai'],
  ['baohagiang.vn', 'Báo Hà Giang', 'ha-giang', '2025-06-30'],
  ['baohanam.com.vn', 'Báo Hà Nam', 'ha-nam', '2025-06-30'],
  ['baohatinh.vn', 'Báo Hà Tĩnh', 'ha-tinh'],
  ['baohaiduong.vn', 'Báo Hải Dương', 'hai-duong', '2025-06-30'],
  ['baohaiphong.com.vn', 'Báo Hải Phòng', 'hai-phong'],
  ['baohaugiang.com.vn', 'Báo Hậu Giang', 'hau-giang', '2025-06-30'],
  ['baohoabinh.com.vn', 'Báo Hòa Bình', 'hoa-binh', '2025-06-30'],
  ['baothuathienhue.vn', 'Báo Thừa Thiên Huế', 'hue'],
  ['baokhanhhoa.vn', 'Báo Khánh Hòa', 'khanh-hoa'],
  ['baokiengiang.vn', 'Báo Kiên Giang', 'kien-giang', '2025-06-30'],
  ['baokontum.com.vn', 'Báo Kon Tum', 'kon-tum', '2025-06-30'],
  ['baolaichau.vn', 'Báo Lai Châu', 'lai-chau'],
  ['baolamdong.vn', 'Báo Lâm Đồng', 'lam-dong'],
  ['baolangson.vn', 'Báo Lạng Sơn', 'lang-son'],
  ['baolaocai.vn', 'Báo Lào Cai', 'lao-cai'],
  ['baolongan.vn', 'Báo Long An', 'long-an', '2025-06-30'],
  ['baonamdinh.com.vn', 'Báo Nam Định', 'nam-dinh', '2025-06-30'],
  ['baonamdinh.vn', 'Báo Nam Định', 'nam-dinh', '2025-06-30'],
  ['baonghean.vn', 'Báo Nghệ An', 'nghe-an'],
  ['baoninhbinh.org.vn', 'Báo Ninh Bình', 'ninh-binh'],
  ['baoninhthuan.com.vn', 'Báo Ninh Thuận', 'ninh-thuan', '2025-06-30'],
  ['baophutho.vn', 'Báo Phú Thọ', 'phu-tho'],
  ['baophuyen.vn', 'Báo Phú Yên', 'phu-yen', '2025-06-30'],
  ['baoquangbinh.vn', 'Báo Quảng Bình', 'quang-binh', '2025-06-30'],
  ['baoquangnam.vn', 'Báo Quảng Nam', 'quang-nam', '2025-06-30'],
  ['baoquangngai.vn', 'Báo Quảng Ngãi', 'quang-ngai'],
  ['baoquangninh.com.vn', 'Báo Quảng Ninh', 'quang-ninh'],
  ['baoquangninh.vn', 'Báo Quảng Ninh', 'quang-ninh'],
  ['baoquangtri.vn', 'Báo Quảng Trị', 'quang-tri'],
  ['baosoctrang.org.vn', 'Báo Sóc Trăng', 'soc-trang', '2025-06-30'],
  ['baosonla.org.vn', 'Báo Sơn La', 'son-la'],
  ['baotayninh.vn', 'Báo Tây Ninh', 'tay-ninh'],
  ['baothaibinh.com.vn', 'Báo Thái Bình', 'thai-binh', '2025-06-30'],
  ['baothainguyen.vn', 'Báo Thái Nguyên', 'thai-nguyen'],
  ['baothanhhoa.vn', 'Báo Thanh Hóa', 'thanh-hoa'],
  ['baoapbac.vn', 'Báo Ấp Bắc', 'tien-giang', '2025-06-30'],
  ['baotravinh.vn', 'Báo Trà Vinh', 'tra-vinh', '2025-06-30'],
  ['baotuyenquang.com.vn', 'Báo Tuyên Quang', 'tuyen-quang'],
  ['baovinhphuc.com.vn', 'Báo Vĩnh Phúc', 'vinh-phuc', '2025-06-30'],
  ['baoyenbai.com.vn', 'Báo Yên Bái', 'yen-bai', '2025-06-30'],
];

/**
 * The province of the paper at `hostname` (any subdomain of its domain), for an article of `day`
 * (YYYY-MM-DD): none for a site that is no provincial paper, nor for a merged province's paper when
 * the day is after the merger or not known.
 */
export function homePlaceForHost(hostname: string, day?: string): HomePlace | undefined {
  const site = siteForHost(hostname);
  if (site?.province) return { id: site.province, paper: site.name };
  const row = PROVINCIAL_PAPERS.find(([d]) => onDomain(hostname, d));
  if (!row) return portalPlace(hostname, day);
  const [, paper, id, until] = row;
  if (until && !(day && day <= until)) return undefined;
  return { id, paper };
}

/** The label before ".gov.vn": a province's or a city's portal, or one of its departments' on it. */
const PORTAL = /(?:^|\.)([a-z]+)\.gov\.vn\.?$/;
/** Portals whose label is none of the place's names in the data. */
const PORTAL_LABELS: Record<string, string> = { hochiminhcity: 'tp-ho-chi-minh' };

/**
 * A province's or a centrally-run city's own portal ("daklak.gov.vn", "sonoivu.hanoi.gov.vn"): its
 * label is one of the place's names without tone marks or spaces ("daklak", "tphcm",
 * "thuathienhue"). None for a merged province's portal after its last day, or undated.
 */
function portalPlace(hostname: string, day?: string): HomePlace | undefined {
  const label = PORTAL.exec(hostname.toLowerCase())?.[1];
  const place = label ? portalsByLabel().get(label) : undefined;
  if (!place || (place.to && !(day && day <= place.to))) return undefined;
  return { id: place.id, paper: `Cổng thông tin điện tử ${place.type} ${place.name}` };
}

let portals: Map<string, LocalityRecord> | undefined;
/** Each place's names without tone marks or spaces, and the portals named otherwise: their place. */
function portalsByLabel(): Map<string, LocalityRecord> {
  if (portals) return portals;
  portals = new Map();
  const { localities } = cardRecords();
  for (const l of localities)
    for (const n of [l.name, ...(l.aliases ?? []), ...(l.provinceName ? [l.provinceName] : [])])
      if (!portals.has(slugify(n).replaceAll('-', ''))) portals.set(slugify(n).replaceAll('-', ''), l);
  for (const [label, id] of Object.entries(PORTAL_LABELS)) {
    const place = localities.find((l) => l.id === id);
    if (place) portals.set(label, place);
  }
  return portals;
}
