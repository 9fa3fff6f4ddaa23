import { Parser, type Node } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { dossierFromRecords } from './build';
import { dossierFileName, dossierToMarkdown } from './markdown';
import { DOSSIER_FORMAT, dossierToJson } from './json';
import {
  DOSSIER_ARTICLES,
  DOSSIER_NOTES,
  HANOI_PC,
  MERGES,
  PRESIDENT_2023,
  QUOTING,
  SECRETARIAT_2022,
  THUONG,
} from '../testing/dossier';

const input = { articles: DOSSIER_ARTICLES, annotations: DOSSIER_NOTES, merges: MERGES };
const AT = '2026-12-01T08:00:00.000Z';

function nodes(md: string, type: string): Node[] {
  const out: Node[] = [];
  const w = new Parser().parse(md.replace(/^---\n[\s\S]*?\n---\n/, '')).walker();
  for (let e = w.next(); e; e = w.next()) if (e.entering && e.node.type === type) out.push(e.node);
  return out;
}
const text = (n: Node) => {
  let s = '';
  const w = n.walker();
  for (let e = w.next(); e; e = w.next())
    if (e.entering && e.node.type === 'text') s += e.node.literal;
    else if (e.entering && (e.node.type === 'softbreak' || e.node.type === 'linebreak')) s += '\n';
  return s;
};

describe('dossier as Markdown', () => {
  const d = dossierFromRecords(input, THUONG);
  const md = dossierToMarkdown(d, { exportedAt: AT });

  it('says a start known only as a bound is "or earlier", never the first day', () => {
    const position = {
      title: 'Phó Bí thư Tỉnh ủy Đắk Nông',
      from: '2020-10-14',
      fromBy: true as const,
      to: '2021-05-07',
      source: 'https://example.vn/a',
      unconfirmed: 'the earliest dated page read names him so',
    };
    const bound = { ...d, facts: { ...d.facts, positions: [position] } };
    expect(dossierToMarkdown(bound, { exportedAt: AT })).toContain('2020-10-14 hoặc sớm hơn – 2021-05-07');
    expect(dossierToMarkdown(bound, { exportedAt: AT, lang: 'en' })).toContain('2020-10-14 or earlier – 2021-05-07');
  });

  it('starts with front matter a YAML reader can take', () => {
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(md)![1].split('\n');
    expect(fm).toEqual([
      'title: "Võ Văn Thưởng"',
      'entity: "official:vo-van-thuong"',
      'kind: "official"',
      'articles: 5',
      'notes: 2',
      `first_seen: "${d.firstSeen}"`,
      `last_seen: "${d.lastSeen}"`,
      `exported: "${AT}"`,
    ]);
  });

  it('has the facts, the articles and the notes as sections, each article a link with its role that day', () => {
    expect(nodes(md, 'heading').map(text)).toEqual([
      'Võ Văn Thưởng',
      'Thông tin',
      'Bài đã đọc (5)',
      'Ghi chú (2)',
      'Thường xuất hiện cùng',
    ]);
    const items = nodes(md, 'item').map(text);
    const president = items.find((i) => i.includes(PRESIDENT_2023.title))!;
    expect(president).toMatch(/^2023-05-20 · VietNamNet · .* · 5 lần nhắc · Chức vụ ngày đó: .*Chủ tịch nước/);
    expect(items.find((i) => i.includes(SECRETARIAT_2022.title))).toContain('Thường trực Ban Bí thư');
    expect(items.find((i) => i.includes('Hà Nội triển khai'))).toMatch(/^không rõ ngày đăng · Nhân Dân/);
    // Positions with their dates and a source link each.
    expect(items.find((i) => i.startsWith('Chủ tịch nước'))).toMatch(
      /^Chủ tịch nước \(.*\): 2023-03-02 – 2024-03-21 · nguồn/,
    );
    const links = nodes(md, 'link').map((l) => [text(l), l.destination!]);
    expect(links).toContainEqual([PRESIDENT_2023.title, PRESIDENT_2023.url]);
    expect(links.every(([, url]) => url.startsWith('https://'))).toBe(true);
  });

  it('quotes each note literally, with its note and a link that scrolls to the quote', () => {
    const quotes = nodes(md, 'block_quote').map(text);
    expect(quotes).toContain(QUOTING.quote);
    const paragraphs = nodes(md, 'paragraph').map(text);
    expect(paragraphs).toContain(QUOTING.note); // "*cán bộ* <b>dám nghĩ</b>" stays text
    expect(nodes(md, 'html_inline')).toEqual([]);
    expect(nodes(md, 'emph').map(text)).not.toContain('cán bộ');
    const jump = nodes(md, 'link').find(
      (l) => text(l) === 'Đến đoạn trích' && l.destination!.startsWith(QUOTING.pageUrl),
    );
    expect(jump?.destination).toContain('#:~:text=');
  });

  it('renders hostile titles and names as text, in English too', () => {
    const evil = {
      ...SECRETARIAT_2022,
      title: '[bấm](javascript:alert(1)) <img src=x onerror=alert(1)> *Ban Bí thư*',
      url: 'javascript:alert(1)',
    };
    const e = dossierFromRecords({ ...input, articles: [evil] }, THUONG);
    const out = dossierToMarkdown(e, { exportedAt: AT, lang: 'en' });
    expect(nodes(out, 'html_inline')).toEqual([]);
    expect(nodes(out, 'link').every((l) => l.destination!.startsWith('https://'))).toBe(true);
    expect(
      nodes(out, 'item')
        .map(text)
        .find((i) => i.includes('onerror')),
    ).toContain(evil.title);
    expect(nodes(out, 'heading').map(text)).toContain('Articles read (1)');
  });

  it('gives a body its facts and a merged entry its other spellings', () => {
    const city = dossierToMarkdown(dossierFromRecords(input, HANOI_PC), { exportedAt: AT, lang: 'en' });
    const items = nodes(city, 'item').map(text);
    expect(items).toContain('Level: province');
    expect(
      nodes(city, 'paragraph')
        .map(text)
        .find((p) => p.startsWith('Also written: ')),
    ).toContain('UBND TP Hà Nội');
  });

  it('names the file after the entity', () => {
    expect(dossierFileName(d, new Date(2026, 11, 1), 'md')).toBe('dossier-vo-van-thuong-2026-12-01.md');
  });
});

describe('dossier as JSON', () => {
  it('holds the same articles, roles and notes, identical on a second export', () => {
    const d = dossierFromRecords(input, THUONG);
    const json = dossierToJson(d, AT);
    expect(dossierToJson(dossierFromRecords(input, THUONG), AT)).toBe(json);
    const data = JSON.parse(json);
    expect(data).toMatchObject({ format: DOSSIER_FORMAT, version: 1, exported: AT });
    expect(data.entity).toMatchObject({ id: THUONG, name: 'Võ Văn Thưởng', merged: [{ from: MERGES[0].from }] });
    expect(data.articles.map((a: { key: string }) => a.key)).toEqual(d.articles.map((a) => a.key));
    expect(data.articles[0].rolesOnDay.map((r: { title: string }) => r.title)).toContain('Chủ tịch nước');
    expect(data.notes.map((n: { id: string }) => n.id)).toEqual(d.notes.map((n) => n.id));
    expect(data.facts.positions.length).toBeGreaterThan(3);
  });
});
