/**
 * A long baochinhphu.vn article made at run time: the seed article's paragraphs repeated as
 * "sections" of a long report, each with other officials, localities, document numbers, dates
 * and counts (from the gazetteer data), plus the seed's figure and related-news box now and then.
 * Deterministic for a given seed number, so runs compare like with like.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readGazetteer, type Gazetteer, type Official } from './gazetteer-terms';
import { seededRng } from '../../utils/testing/random';
import { SEED_ARTICLE, SITES_DIR } from './fixtures';
import { repoRoot as REPO_ROOT } from './repo-root';

export const LONG_PATH = '/bao-cao-tong-hop-doan-khao-sat-ban-chi-dao-trung-uong-102260101000000001.htm';
const LONG_TITLE = 'Báo cáo tổng hợp các cuộc làm việc của đoàn khảo sát Ban Chỉ đạo Trung ương với các địa phương';

const BODY_OPEN = '<div class="detail-content afcbc-body" data-role="content">';
const BODY_END = '<div class="detail-tab">';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV'];
const PARTY_DOCS: Record<string, string> = { 'nghi-quyet': 'NQ', 'chi-thi': 'CT', 'ket-luan': 'KL', 'quy-dinh': 'QĐ' };
const STATE_DOCS: Record<string, [string, string]> = {
  'nghi-dinh': ['NĐ', 'CP'],
  'quyet-dinh': ['QĐ', 'TTg'],
  'nghi-quyet': ['NQ', 'QH15'],
  'thong-tu': ['TT', 'BTC'],
};

export const wordCount = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

export interface LongPage {
  html: string;
  words: number;
  paragraphs: number;
}

/** Builds the page from the seed fixture's HTML; stops adding sections at `targetWords`. */
export function buildLongPage(seedHtml: string, g: Gazetteer, targetWords = 20_000, seed = 1): LongPage {
  const open = seedHtml.indexOf(BODY_OPEN);
  const end = seedHtml.indexOf(BODY_END);
  if (open < 0 || end < 0) throw new Error('Seed fixture changed shape: body container or .detail-tab not found.');
  const body = seedHtml.slice(open + BODY_OPEN.length, end);
  const paras = [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
  const figure = body.match(/<figure[\s\S]*?<\/figure>/)?.[0] ?? '';
  const related =
    body.match(/<div class="VCSortableInPreviewMode link-content-footer[\s\S]*?<\/ul>\s*<\/div>\s*<\/div>/)?.[0] ?? '';
  if (paras.length < 10) throw new Error(`Seed fixture has only ${paras.length} plain <p> paragraphs.`);

  const rand = seededRng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const officials = g.officials.filter((o) => !o.country && o.positions?.length);
  const localities = g.localities.filter((l) => l.name);
  const docTypes = g.docTypes.filter((d) => PARTY_DOCS[d.id] || STATE_DOCS[d.id]);
  if (!officials.length || !localities.length || !docTypes.length)
    throw new Error('Gazetteer data missing officials, localities or document types.');

  const titled = (o: Official, n = 1) =>
    `${o
      .positions!.slice(0, n)
      .map((p) => p.title)
      .join(', ')} ${o.name}`;
  const docRef = () => {
    const d = pick(docTypes);
    if (PARTY_DOCS[d.id] && (!STATE_DOCS[d.id] || rand() < 0.5))
      return `${d.name} số ${int(1, 250)}-${PARTY_DOCS[d.id]}/TW`;
    const [abbr, issuer] = STATE_DOCS[d.id];
    return `${d.name} số ${int(1, 400)}/${int(2005, 2025)}/${abbr}-${issuer}`;
  };

  const out: string[] = [];
  let words = 0;
  let paragraphs = 0;
  const push = (html: string) => {
    out.push(html);
    if (html.startsWith('<p')) paragraphs++;
    words += wordCount(html);
  };
  for (let s = 0; words < targetWords; s++) {
    const lead = pick(officials);
    const deputy = pick(officials);
    const place = pick(localities);
    const placeName = place.name === 'Hồ Chí Minh' ? 'TPHCM' : place.name;
    const committee = `${place.type === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy'} ${placeName}`;
    const doc = docRef();
    const years = `${int(5, 40)} năm`;
    const vary = (p: string) =>
      p
        .replace(/Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Võ Văn Thưởng/g, titled(lead, 2))
        .replace(/Võ Văn Thưởng/g, lead.name)
        .replace(/Nguyễn Hồ Hải/g, deputy.name)
        .replace(/Thành ủy TPHCM/g, committee)
        .replace(/TPHCM/g, placeName)
        .replace(/Nghị quyết 23/g, doc)
        .replace(/20 năm/g, years)
        .replace(/khóa (IX|XIII)/g, () => `khóa ${pick(ROMAN.slice(8))}`)
        .replace(/Hội nghị Trung ương 7/g, () => `Hội nghị Trung ương ${int(2, 15)}`)
        .replace(/Chương trình hành động số 10/g, () => `Chương trình hành động số ${int(1, 99)}-CTr/TU`);

    push(
      `<p><strong>${ROMAN[s % ROMAN.length]}. Làm việc với Ban Thường vụ ${committee} (${int(1, 28)}/${int(1, 12)}/${int(2016, 2025)})</strong></p>`,
    );
    if (s % 4 === 1 && figure) out.push(vary(figure).replace(/Ảnh 1\./g, `Ảnh ${s + 1}.`));
    const guests = [pick(officials), pick(officials), pick(officials)];
    push(`<p>Dự buổi làm việc có các đồng chí: ${guests.map((o) => titled(o)).join('; ')}.</p>`);
    paras.forEach((p, i) => {
      push(`<p>${vary(p)}</p>`);
      if (i === 5 && s % 5 === 2 && related) out.push(related);
    });
    push(
      `<p>Thực hiện ${docRef()} và ${docRef()}, ${committee} đã ban hành ${int(2, 30)} văn bản chỉ đạo, ${int(10, 300)} lượt cán bộ, đảng viên được quán triệt.</p>`,
    );
  }
  push('<p style="text-align: right;"><b>theo SGGP</b></p>');

  const html =
    `${seedHtml.slice(0, open + BODY_OPEN.length)}\n${out.join('\n')}\n</div>\n        ${seedHtml.slice(end)}`
      .replace(/Thường trực Ban Bí thư làm việc với Ban Thường vụ Thành ủy TPHCM/g, LONG_TITLE)
      .replaceAll(SEED_ARTICLE.path, LONG_PATH);
  return { html, words, paragraphs };
}

/** The seed fixture's HTML. */
export const seedArticleHtml = () => readFileSync(path.join(SITES_DIR, SEED_ARTICLE.host, SEED_ARTICLE.path), 'utf8');

/** The long page the benchmarks and the long-page e2e test use: about 20,000 words from the seed fixture. */
export const longPageFromSeed = (targetWords = 20_000): LongPage =>
  buildLongPage(seedArticleHtml(), readGazetteer(REPO_ROOT), targetWords);
