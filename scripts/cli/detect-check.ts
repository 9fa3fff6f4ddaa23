/**
 * `npm run -s detect -- --check [--generic] [MANIFEST.json ...]`: runs detection over saved test
 * pages listed in manifests (default: tests/fixtures/sites/manifest.json and generations.json)
 * and prints, per page, what was wrong, then the figures: articles found, non-articles rejected,
 * and for found articles whether the extracted text has the lead, the first and the last
 * paragraph, no text of the boxes around it, the byline and the date.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DetectLine } from './detect';

/** One saved page: manifest.json and generations.json entries both fit. */
export interface CheckPage {
  kind: string;
  url: string;
  file: string;
  site?: string;
  layout?: string;
  title?: string;
  lead?: string;
  /** Start of the first body paragraph (generations.json); manifest.json calls it bodyStart. */
  first?: string;
  bodyStart?: string;
  /** Words of the last body paragraph. */
  last?: string;
  /** Other text that must be extracted (photo captions, middle paragraphs). */
  keep?: string[];
  /** Text of boxes (related, most read, comments, tags, ads) that must not be extracted. */
  noise?: string[];
  author?: string;
  published?: string;
}

export interface PageResult {
  page: CheckPage;
  found: boolean;
  problems: string[];
}

export const CHECKS = ['title', 'lead', 'whole body', 'no box text', 'byline', 'date'] as const;
export type CheckName = (typeof CHECKS)[number];

export interface Figures {
  articles: { found: number; total: number };
  nonArticles: { rejected: number; total: number };
  /** Per check: found articles that pass it / found articles the manifest gives data for. */
  checks: Record<CheckName, { passed: number; total: number }>;
}

/**
 * Box labels that must never be extracted, checked on pages whose manifest names no box text of
 * their own (tests/unit/sites.test.ts holds the site fixtures to the same list).
 */
export const BOX_WORDS = [
  'Tin liên quan',
  'TIN LIÊN QUAN',
  'Đọc thêm',
  'Bình luận',
  'Chia sẻ',
  'Quảng cáo',
  'Lượt truy cập',
  'Ý kiến',
  'Xem thêm',
  'Từ khóa',
  'Tìm kiếm',
  'Giấy phép',
];

function checkArticle(page: CheckPage, line: DetectLine): Partial<Record<CheckName, string | null>> {
  const text = line.text ?? '';
  const has = (s: string) => text.includes(s);
  const out: Partial<Record<CheckName, string | null>> = {};
  if (page.title) out.title = line.title === page.title ? null : `title ${JSON.stringify(line.title)}`;
  if (page.lead) out.lead = has(page.lead) ? null : 'lead missing from the text';
  const first = page.first ?? page.bodyStart;
  const whole = [first, page.last, ...(page.keep ?? [])].filter((s): s is string => !!s);
  if (whole.length) {
    const missing = whole.filter((s) => !has(s));
    out['whole body'] = missing.length ? `missing ${missing.map((s) => JSON.stringify(s)).join(', ')}` : null;
  }
  {
    const leaked = (page.noise ?? BOX_WORDS).filter(has);
    out['no box text'] = leaked.length ? `box text ${leaked.map((s) => JSON.stringify(s)).join(', ')}` : null;
  }
  // "THÀNH CHUNG" on the page and "Thành Chung" in JSON-LD are the same byline.
  const same = (a: string | null, b: string) => a?.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
  if (page.author) out.byline = same(line.author, page.author) ? null : `byline ${JSON.stringify(line.author)}`;
  if (page.published) out.date = line.published === page.published ? null : `date ${JSON.stringify(line.published)}`;
  return out;
}

export function checkPages(
  pages: CheckPage[],
  root: string,
  detect: (url: string, html: string) => DetectLine,
): { results: PageResult[]; figures: Figures } {
  const checks = Object.fromEntries(CHECKS.map((c) => [c, { passed: 0, total: 0 }])) as Figures['checks'];
  const figures: Figures = { articles: { found: 0, total: 0 }, nonArticles: { rejected: 0, total: 0 }, checks };
  const results: PageResult[] = [];
  for (const page of pages) {
    const line = detect(page.url, readFileSync(path.join(root, page.file), 'utf8'));
    const problems: string[] = [];
    if (page.kind === 'article') {
      figures.articles.total++;
      if (line.article) {
        figures.articles.found++;
        for (const [name, problem] of Object.entries(checkArticle(page, line)) as [CheckName, string | null][]) {
          checks[name].total++;
          if (problem) problems.push(problem);
          else checks[name].passed++;
        }
      } else problems.push('not found');
    } else {
      figures.nonArticles.total++;
      if (line.article) problems.push(`taken for an article (${line.site}: ${JSON.stringify(line.title)})`);
      else figures.nonArticles.rejected++;
    }
    results.push({ page, found: line.article, problems });
  }
  return { results, figures };
}

export function formatReport(results: PageResult[], figures: Figures): string {
  const lines = results.map(
    (r) =>
      `${r.problems.length ? 'FAIL' : 'ok  '} ${r.page.kind.padEnd(8)} ${r.page.layout ?? r.page.site ?? ''}: ${r.page.url}` +
      (r.problems.length ? `\n       ${r.problems.join('\n       ')}` : ''),
  );
  const f = figures;
  const row = (label: string, a: number, b: number) => `${label.padEnd(26)} ${a}/${b}`;
  lines.push(
    '',
    row('articles found', f.articles.found, f.articles.total),
    row('non-articles rejected', f.nonArticles.rejected, f.nonArticles.total),
    ...CHECKS.map((c) => row(`  ${c}`, f.checks[c].passed, f.checks[c].total)),
  );
  return lines.join('\n');
}

export function allPassed(f: Figures): boolean {
  return (
    f.articles.found === f.articles.total &&
    f.nonArticles.rejected === f.nonArticles.total &&
    CHECKS.every((c) => f.checks[c].passed === f.checks[c].total)
  );
}
