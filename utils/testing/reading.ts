/**
 * A reader's history at scale, for the dossier benchmark: `n` visited articles of 2016–2025 with
 * entity summaries as the content script writes them (10–30 entities each, drawn from a few
 * thousand, the common ones far more often, as in real news), one entity in exactly `target`
 * of them, and notes, some quoting it. Deterministic; every record passes the backup schema.
 */
import { HIGHLIGHT_COLOURS, type Annotation, type Article, type EntityKind } from '../model';
import type { BackupData } from '../backup/backup';
import { officialRecords } from '../entities/officials';
import { bodyRecords } from '../entities/gazetteer-data';
import { seededRng } from './random';

const SITES = ['vnexpress', 'tuoitre', 'thanhnien', 'nhandan', 'baochinhphu', 'dantri', 'vietnamnet', 'qdnd'];
const WORDS =
  'Bộ Chính trị Ban Bí thư Quốc hội Chính phủ hội nghị nghị quyết triển khai thực hiện phát triển kinh tế xã hội Thủ tướng Chủ tịch tỉnh thành phố cán bộ đảng viên sắp xếp bộ máy'.split(
    ' ',
  );

export interface ReadingOptions {
  articles: number;
  /** The entity put in exactly `target` articles. */
  entity: { id: string; kind: EntityKind; name: string };
  target: number;
  notes: number;
  seed?: number;
}

export function syntheticReading(o: ReadingOptions): BackupData {
  const r = seededRng(o.seed ?? 1);
  const int = (n: number) => Math.floor(r() * n);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[int(WORDS.length)]).join(' ');
  const hex = (n: number) => Array.from({ length: n }, () => int(16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(4)]}${hex(3)}-${hex(12)}`;
  const iso = (ms: number) => new Date(ms).toISOString();

  // The pool: the gazetteer's people and bodies, then rule-found names and numbered documents.
  const pool: { id: string; kind: EntityKind; name: string }[] = [
    ...officialRecords().map((p) => ({ id: `official:${p.id}`, kind: 'official' as const, name: p.name })),
    ...bodyRecords.map((b) => ({ id: `body:${b.id}`, kind: 'body' as const, name: b.name })),
  ].filter((e) => e.id !== o.entity.id);
  for (let i = 0; pool.length < 3000; i++) {
    const k = i % 3;
    if (k === 0) pool.push({ id: `official:nguyễn văn ${i}`, kind: 'official', name: `Nguyễn Văn ${words(1)} ${i}` });
    else if (k === 1)
      pool.push({ id: `body:uy-ban-nhan-dan--xa-${i}`, kind: 'body', name: `UBND xã ${words(1)} ${i}` });
    else pool.push({ id: `resolution:${i}-nq/tw`, kind: 'resolution', name: `Nghị quyết ${i}-NQ/TW` });
  }
  // Zipf-like: entity k is drawn with weight 1 / (k + 1).
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < pool.length; k++) cumulative.push((total += 1 / (k + 1)));
  const draw = () => {
    const x = r() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return pool[lo];
  };

  // Which articles hold the entity: `target` of them, spread over the whole history.
  const holds = new Set<number>();
  while (holds.size < Math.min(o.target, o.articles)) holds.add(int(o.articles));
  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  const articles: Article[] = [];
  for (let i = 0; i < o.articles; i++) {
    const site = SITES[int(SITES.length)];
    const url = `https://${site}.vn/bai-viet-${i}-${100000 + i}.html`;
    const published = start + int(span);
    const visit = published + int(30) * 86_400_000 + int(86_400_000);
    const entities = new Map<string, NonNullable<Article['entities']>[number]>();
    if (holds.has(i)) entities.set(o.entity.id, { ...o.entity, count: 1 + int(6) });
    for (let n = 10 + int(21); entities.size < n; ) {
      const e = draw();
      entities.set(e.id, { ...e, count: 1 + int(4) });
    }
    articles.push({
      key: url,
      url,
      title: words(8 + int(8)),
      site,
      // One in twenty pages states no date.
      ...(r() < 0.95 ? { published: iso(published).slice(0, 10) } : {}),
      firstVisit: iso(visit),
      lastVisit: iso(visit + int(3) * 86_400_000),
      entities: [...entities.values()].sort((a, b) => b.count - a.count),
    });
  }

  const annotations: Annotation[] = [];
  const theirs = [...holds];
  for (let i = 0; i < o.notes; i++) {
    // A third of the notes are on the entity's articles and quote it.
    const quoting = i % 3 === 0 && theirs.length > 0;
    const art = articles[quoting ? theirs[int(theirs.length)] : int(articles.length)];
    const quote = quoting ? `${o.entity.name} ${words(6)}` : words(4 + int(20));
    const start = int(5000);
    const created = iso(Date.parse(art.firstVisit) + int(3_600_000));
    annotations.push({
      id: uuid(),
      articleKey: art.key,
      pageUrl: art.url,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: words(6).slice(-32), suffix: words(6).slice(0, 32) },
        { type: 'TextPositionSelector', start, end: start + quote.length },
      ],
      quote,
      colour: HIGHLIGHT_COLOURS[int(HIGHLIGHT_COLOURS.length)],
      note: r() < 0.5 ? words(int(30)) : '',
      tags: [],
      entityIds: quoting ? [o.entity.id] : [],
      entityNames: quoting ? [o.entity.name] : [],
      created,
      updated: created,
    });
  }
  return { articles, annotations };
}
