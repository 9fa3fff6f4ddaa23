import { Parser, type Node } from 'commonmark';
import { describe, expect, it } from 'vitest';
import type { BackupData } from '../backup/backup';
import { syntheticData } from '../testing/synthetic';
import type { Annotation } from '../model';
import { escapeParagraph } from './md-escape';
import { exportFileName, hashtag, toMarkdown } from './markdown';
import { goodBackup, makeArticleNote } from '../testing/records';
import { TEMPLATE_PARTS } from './template';

const good = goodBackup();

const ALLOWED_IN_TEXT = new Set(['document', 'text', 'softbreak', 'linebreak', 'paragraph', 'block_quote']);

/** Rendered text of a block; fails on any node that is not plain text (emphasis, HTML, links…). */
function textOf(node: Node): string {
  let out = '';
  const w = node.walker();
  for (let e = w.next(); e; e = w.next()) {
    if (!e.entering) continue;
    const t = e.node.type;
    if (!ALLOWED_IN_TEXT.has(t)) throw new Error(`unexpected ${t} node in ${JSON.stringify(e.node.literal)}`);
    if (t === 'text') out += e.node.literal;
    else if (t === 'softbreak' || t === 'linebreak') out += '\n';
    else if (t === 'paragraph' && out) out += '\n\n';
  }
  return out;
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.next) out.push(c);
  return out;
}

/** Each highlight's quote and the paragraph right after it (the note, when there is one). */
function quotesAndNotes(md: string): { quote: string; next?: Node }[] {
  const blocks = children(new Parser().parse(md));
  return blocks.flatMap((b, i) => (b.type === 'block_quote' ? [{ quote: textOf(b), next: blocks[i + 1] }] : []));
}

const SPECIALS = [
  '*đậm* và _nghiêng_ **x** __y__',
  '# Tiêu đề giả',
  '<script>alert("xss")</script>',
  '[bấm vào](javascript:alert(1)) ![ảnh](a.png) <https://evil.vn>',
  'có `mã` và ```khối```',
  '> trích dẫn lồng',
  '1. mục một',
  '2) mục hai',
  '---',
  '***',
  '=====',
  '| a | b |\n|---|---|',
  'C:\\đường\\dẫn\\',
  'dấu cách cuối   ',
  '   thụt lề\n    bốn dấu cách\n\tthẻ tab',
  'dòng 1\ndòng 2\n\ndòng 4 sau dòng trống\n\n\nsau hai dòng trống',
  '\u00a0NBSP ở hai đầu\u00a0',
  '&amp; &#35; &copy; &',
  '- gạch\n+ cộng\n* sao',
  '~~~\nrào\n~~~',
  '<!-- chú thích -->',
  '[ref]: https://x.vn "tiêu đề"',
  'hết dòng bằng gạch chéo\\\ndòng sau',
  '\\*đã thoát\\*',
  'hoà bình hòa bình thuỷ thủy',
];

function annotationsWith(texts: string[], field: 'quote' | 'note'): BackupData {
  const base = good.annotations[0];
  const annotations: Annotation[] = texts.map((t, i) => ({
    ...base,
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    selectors: [{ type: 'TextPositionSelector', start: i * 10, end: i * 10 + 5 }],
    quote: field === 'quote' ? t : 'trích',
    note: field === 'note' ? t : '',
    orphan: false,
  }));
  return { articles: good.articles, annotations };
}

describe('toMarkdown renders user text literally in CommonMark', () => {
  it('quotes with Markdown/HTML special characters', () => {
    const md = toMarkdown(annotationsWith(SPECIALS, 'quote'), { exportedAt: '2025-07-01T00:00:00.000Z' });
    expect(quotesAndNotes(md).map((q) => q.quote)).toEqual(SPECIALS);
  });

  it('notes with Markdown/HTML special characters', () => {
    const md = toMarkdown(annotationsWith(SPECIALS, 'note'), { exportedAt: '2025-07-01T00:00:00.000Z' });
    const found = quotesAndNotes(md);
    expect(found.map((q) => q.next && textOf(q.next))).toEqual(SPECIALS);
    expect(md).not.toContain('<script>');
  });

  it('random strings of special characters round-trip (seeded)', () => {
    let seed = 12345;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = [
      '*',
      '_',
      '#',
      '<',
      '>',
      '[',
      ']',
      '(',
      ')',
      '`',
      '\\',
      '!',
      '&',
      ';',
      '|',
      '~',
      '-',
      '+',
      '=',
      '.',
      '1',
      ' ',
      ' ',
      '\t',
      '\n',
      '\u00a0',
      'a',
      'ệ',
      'Đ',
      ':',
      '"',
      "'",
      '/',
    ];
    const texts = Array.from({ length: 400 }, () => {
      const s = Array.from(
        { length: 1 + Math.floor(rand() * 24) },
        () => alphabet[Math.floor(rand() * alphabet.length)],
      ).join('');
      return s.replace(/\n+$/, '').trim() ? s.replace(/\n+$/, '') : `x${s.replace(/\n+$/, '')}`;
    });
    const md = toMarkdown(annotationsWith(texts, 'quote'), {
      exportedAt: '2025-07-01T00:00:00.000Z',
      template: { links: false },
    });
    expect(quotesAndNotes(md).map((q) => q.quote)).toEqual(texts);
  });

  it('escapeParagraph drops only trailing line breaks', () => {
    const render = (t: string) => textOf(new Parser().parse(escapeParagraph(t).join('\n')));
    expect(render('a\n\n')).toBe('a');
    expect(render('\n\na')).toBe('\n\na');
  });
});

describe('toMarkdown structure', () => {
  const md = toMarkdown(good, { exportedAt: '2025-07-01T08:00:00.000Z' });
  const body = md.replace(/^---\n[\s\S]*?\n---\n/, '');
  const doc = new Parser().parse(body);

  it('writes YAML front matter with safely quoted values', () => {
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(md)![1].split('\n');
    expect(fm).toEqual([
      'title: "Ghi chú VN News Annotator"',
      'articles: 3',
      'count: 5',
      'exported: "2025-07-01T08:00:00.000Z"',
    ]);
    const one = toMarkdown(
      { articles: good.articles, annotations: good.annotations.filter((a) => a.articleKey.includes('vnexpress')) },
      { exportedAt: 'x', lang: 'en' },
    );
    const lines = /^---\n([\s\S]*?)\n---\n/.exec(one)![1].split('\n');
    const value = (k: string) => JSON.parse(lines.find((l) => l.startsWith(`${k}: `))!.slice(k.length + 2));
    expect(value('title')).toBe('Quốc hội thông qua nghị quyết về "sắp xếp" <đơn vị> hành chính *cấp xã*');
    expect(value('site')).toBe('VnExpress');
    expect(value('published')).toBe('2025-06-12');
    expect(value('url')).toBe('https://vnexpress.net/quoc-hoi-thong-qua-nghi-quyet-4712345.html');
  });

  it('orders articles newest first and highlights in text order', () => {
    const headings = children(doc)
      .filter((n) => n.type === 'heading')
      .map(textOf2);
    expect(headings).toEqual([
      'Quốc hội thông qua nghị quyết về "sắp xếp" <đơn vị> hành chính *cấp xã*',
      'Ban Bí thư chỉ định nhân sự Ban Thường vụ Thành ủy TPHCM',
      'Hoà bình và phát triển',
    ]);
    const quotes = quotesAndNotes(body).map((q) => q.quote);
    expect(quotes[0]).toBe('Quốc hội'); // position 10 before 512
    expect(quotes[2]).toMatch(/^theo Nghị quyết 23/); // position 40 before 120
  });

  it('marks orphans and gives them no jump link', () => {
    const i = md.indexOf('các đơn vị hành chính');
    const block = md.slice(i, md.indexOf('\n## ', i));
    expect(block).toContain('Không tìm thấy đoạn trích này');
    expect(block).not.toContain(':~:text=');
  });

  it('adds tags, entities and a text-fragment link', () => {
    expect(md).toContain('Thẻ: #nhân-sự #Thành-ủy-TPHCM');
    expect(md).toContain('Nhắc đến: Ban Bí thư, Nguyễn Hồ Hải');
    const links: string[] = [];
    const w = doc.walker();
    for (let e = w.next(); e; e = w.next()) if (e.entering && e.node.type === 'link') links.push(e.node.destination!);
    const jump = links.find((l) => l.includes('text=') && l.includes('%C4%91%E1%BB%93ng%20ch%C3%AD'))!;
    const [url, directive] = jump.split('#:~:text=');
    expect(url).toBe('https://tuoitre.vn/ban-bi-thu-chi-dinh-nhan-su-20240301.htm');
    expect(directive.split(',').map(decodeURIComponent)).toEqual([
      'Bộ Chính trị,-',
      'Ban Bí thư chỉ định đồng chí Nguyễn Hồ Hải',
      '-giữ chức Phó',
    ]);
    expect(links.every((l) => l.startsWith('https://'))).toBe(true);
  });

  it('leaves links out when asked, and supports English labels', () => {
    const plain = toMarkdown(good, { exportedAt: 'x', template: { links: false, frontMatter: false }, lang: 'en' });
    const w = new Parser().parse(plain).walker();
    for (let e = w.next(); e; e = w.next()) expect(e.node.type).not.toBe('link');
    expect(plain.startsWith('# VN News Annotator export\n')).toBe(true);
    expect(plain).toContain('Tags: #sáp-nhập #cần-đọc-lại');
  });

  it('never links a non-http URL', () => {
    const data = structuredClone(good);
    data.articles.forEach((a) => (a.url = 'javascript:alert(1)'));
    data.annotations.forEach((a) => (a.pageUrl = 'javascript:alert(1)'));
    expect(toMarkdown(data, { exportedAt: 'x' })).not.toContain('](<javascript');
  });

  it('handles large exports', () => {
    const big = syntheticData(100, 2000, 2);
    const out = toMarkdown(big, { exportedAt: 'x' });
    expect(quotesAndNotes(out.replace(/^---\n[\s\S]*?\n---\n/, ''))).toHaveLength(2000);
  });
});

describe("the reader's template, colour names and notes on a whole article", () => {
  const vnex = good.annotations.filter((a) => a.articleKey.includes('vnexpress'));
  const key = vnex[0].articleKey;
  const articleNote = makeArticleNote(key, 'Cả bài: Quốc hội *chốt* lộ trình sắp xếp.', {
    tags: ['lộ trình'],
    colour: 'purple',
    created: '2025-06-13T08:00:00.000Z',
  });
  const data = { articles: good.articles, annotations: [...vnex, articleNote] };
  const render = (template = {}, extra = {}) =>
    toMarkdown(data, { exportedAt: 'x', lang: 'en', template, ...extra }).replace(/^---\n[\s\S]*?\n---\n/, '');

  it('puts the note on the whole article first in its section, labelled, with no quote and no jump link', () => {
    const md = render();
    const section = md.slice(md.indexOf('\n## '));
    const firstQuote = section.indexOf('\n> ');
    const label = section.indexOf('*Note on the whole article*');
    expect(label).toBeGreaterThan(0);
    expect(label).toBeLessThan(firstQuote);
    const block = section.slice(label, firstQuote);
    expect(block).toContain('Cả bài: Quốc hội \\*chốt\\* lộ trình sắp xếp.');
    expect(block).toContain('Tags: #lộ-trình · Colour: Follow up (purple)');
    expect(block).not.toContain(':~:text=');
    // Still one blockquote per highlight, and none for the article note.
    expect(quotesAndNotes(md)).toHaveLength(vnex.length);
  });

  it("writes the colour's name, the reader's own when they named it", () => {
    expect(render()).toContain('Colour: Question (pink)');
    const names = { yellow: 'y', green: 'g', blue: 'b', pink: 'Câu hỏi phỏng vấn', purple: 'Follow up', orange: 'o' };
    expect(render({}, { colourNames: names })).toContain('Colour: Câu hỏi phỏng vấn (pink)');
    expect(toMarkdown(data, { exportedAt: 'x', lang: 'vi' })).toContain('Màu: Câu hỏi (hồng)');
  });

  it('leaves out each part the template turns off, and only that part', () => {
    const full = render();
    for (const part of TEMPLATE_PARTS) {
      const md = toMarkdown(data, { exportedAt: 'x', lang: 'en', template: { [part]: false } });
      expect(md, part).not.toBe(toMarkdown(data, { exportedAt: 'x', lang: 'en' }));
    }
    expect(render({ quote: false })).not.toMatch(/^> /m);
    expect(render({ quote: false })).toContain('Cả bài: Quốc hội');
    expect(render({ note: false })).not.toContain('Cả bài: Quốc hội');
    expect(render({ tags: false })).not.toContain('Tags:');
    expect(render({ colour: false })).not.toContain('Colour:');
    expect(render({ entities: false })).not.toContain('Mentions:');
    expect(render({ links: false })).not.toMatch(/Open article|Jump to quote/);
    expect(full).toMatch(/Open article[\s\S]*Jump to quote/);
    expect(render({ article: false })).not.toContain('VnExpress ·');
    expect(full).toContain('VnExpress · Published 2025-06-12');
    expect(toMarkdown(data, { exportedAt: 'x', template: { frontMatter: false } })).toMatch(/^# /);
  });

  it('drops a note on the whole article whose every part is left out', () => {
    const md = render({ note: false, tags: false, colour: false });
    expect(md).not.toContain('Note on the whole article');
  });
});

function textOf2(n: Node): string {
  let out = '';
  const w = n.walker();
  for (let e = w.next(); e; e = w.next()) if (e.entering && e.node.type === 'text') out += e.node.literal;
  return out;
}

describe('helpers', () => {
  it('exportFileName uses the local date', () => {
    expect(exportFileName(new Date(2025, 0, 5, 23, 59), 'md')).toBe('vn-annotations-2025-01-05.md');
    expect(exportFileName(new Date(2025, 11, 31), '.json')).toBe('vn-annotations-2025-12-31.json');
  });

  it('hashtag makes tags safe', () => {
    expect(hashtag('Bộ Chính trị')).toBe('#Bộ-Chính-trị');
    expect(hashtag('__init__ *x*')).toBe('#init-x');
    expect(hashtag('  !!  ')).toBeNull();
    expect(hashtag('kinh tế/vĩ mô')).toBe('#kinh-tế/vĩ-mô');
  });
});
