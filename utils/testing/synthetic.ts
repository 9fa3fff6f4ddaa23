/**
 * Deterministic synthetic data for benchmarks and load tests (popup, search, import): Vietnamese
 * words in both tone placements, some Markdown-special characters, realistic field sizes. Every
 * record passes the backup schema.
 */
import { HIGHLIGHT_COLOURS, type Annotation, type Article } from '../model';
import type { BackupData } from '../backup/backup';
import { seededRng } from './random';

const WORDS = (
  'Ban Bí thư Bộ Chính trị Quốc hội Chính phủ Thành ủy Ủy ban nhân dân tỉnh thành phố nghị quyết ' +
  'kết luận chỉ thị hội nghị Trung ương Đảng Nhà nước Mặt trận Tổ quốc đồng chí Thủ tướng Chủ tịch ' +
  'Phó Thủ tướng Bộ trưởng Tổng Bí thư cán bộ đảng viên chính sách phát triển kinh tế xã hội hòa hoà ' +
  'thủy thuỷ khỏe khoẻ hợp nhất sáp nhập tinh gọn bộ máy hiệu lực hiệu quả triển khai thực hiện ' +
  'năm 2025 số 23-NQ/TW ngày tháng quy định điều chỉnh địa giới hành chính cấp xã cấp huyện'
).split(' ');
const SPECIAL = ['*', '_', '#', '<b>', '`', '[x](y)', '|', '>', '\\'];
const SITES = ['vnexpress', 'tuoitre', 'thanhnien', 'nhandan', 'baochinhphu', 'dantri', 'vietnamnet', 'qdnd'];
const TAGS = ['nhân sự', 'kinh tế', 'sáp nhập', 'nghị quyết', 'cần đọc lại', 'Quốc hội', 'địa phương', 'hoà bình'];
const ENTITIES = [
  ['gaz:ban-bi-thu', 'Ban Bí thư'],
  ['gaz:bo-chinh-tri', 'Bộ Chính trị'],
  ['gaz:quoc-hoi', 'Quốc hội'],
  ['gaz:chinh-phu', 'Chính phủ'],
  ['resolution:nghị quyết 23', 'Nghị quyết 23'],
  ['official:võ văn thưởng', 'Võ Văn Thưởng'],
] as const;

export function syntheticData(nArticles: number, nAnnotations: number, seed: number): BackupData {
  const r = seededRng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const pickOne = <T>(xs: readonly T[]) => xs[int(xs.length)];
  const words = (n: number) => Array.from({ length: n }, () => pickOne(WORDS)).join(' ');
  const hex = (n: number) => Array.from({ length: n }, () => int(16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(4)]}${hex(3)}-${hex(12)}`;
  const base = Date.UTC(2024, 0, 1);
  const iso = (ms: number) => new Date(ms).toISOString();

  const articles: Article[] = [];
  for (let i = 0; i < nArticles; i++) {
    const site = pickOne(SITES);
    const url = `https://${site}.vn/bai-viet-${seed}-${i}.html`;
    const first = base + int(500) * 86_400_000 + int(86_400_000);
    articles.push({
      key: url,
      url,
      title: words(6 + int(8)),
      site,
      published: iso(first - int(3) * 86_400_000).slice(0, 10),
      firstVisit: iso(first),
      lastVisit: iso(first + int(30) * 86_400_000),
    });
  }
  const annotations: Annotation[] = [];
  for (let i = 0; i < nAnnotations && nArticles > 0; i++) {
    const art = articles[i < nArticles ? i : int(nArticles)];
    let quote = words(4 + int(30));
    if (r() < 0.1) quote += ` ${pickOne(SPECIAL)} ${words(3)}`;
    const start = int(20_000);
    const ents = ENTITIES.filter(() => r() < 0.15);
    const created = Date.parse(art.firstVisit) + int(86_400_000);
    const updated = r() < 0.3 ? created + int(10 * 86_400_000) : created;
    annotations.push({
      id: uuid(),
      articleKey: art.key,
      pageUrl: art.url,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: words(8).slice(-32), suffix: words(8).slice(0, 32) },
        { type: 'TextPositionSelector', start, end: start + quote.length },
      ],
      quote,
      colour: pickOne(HIGHLIGHT_COLOURS),
      note: r() < 0.5 ? words(int(40)) : '',
      tags: TAGS.filter(() => r() < 0.12),
      entityIds: ents.map((e) => e[0]),
      entityNames: ents.map((e) => e[1]),
      created: iso(created),
      updated: iso(updated),
      ...(r() < 0.03 ? { orphan: true } : {}),
    });
  }
  return { articles, annotations };
}
