import { Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model';
import { makeAnnotation, makeArticleNote } from '../testing/records';
import { citedDate, speakerOf, toCitation, type CitedArticle } from './citation';

const URL_ = 'https://baochinhphu.vn/thu-tuong-chu-tri-hoi-nghi-chuyen-doi-so-102250310.htm';
const article: CitedArticle = {
  url: URL_,
  title: 'Thủ tướng chủ trì hội nghị về chuyển đổi số',
  site: 'baochinhphu',
  published: '2025-03-10T09:15:00+07:00',
  entities: [
    { id: 'official:pham-minh-chinh', kind: 'official', name: 'Phạm Minh Chính', count: 3 },
    { id: 'official:nguyen-chi-dung', kind: 'official', name: 'Nguyễn Chí Dũng', count: 1 },
    { id: 'body:bo-thong-tin-va-truyen-thong', kind: 'body', name: 'Bộ Thông tin và Truyền thông', count: 2 },
  ],
};

const QUOTE = 'chuyển đổi số phải lấy người dân, doanh nghiệp làm trung tâm';

function quoteNote(over: Partial<Annotation> & { prefix?: string; suffix?: string } = {}): Annotation {
  const { prefix = '', suffix = '', ...rest } = over;
  const a = makeAnnotation(URL_, QUOTE, 640, { created: '2025-03-11T02:00:00.000Z', ...rest });
  a.selectors[0] = { type: 'TextQuoteSelector', exact: QUOTE, prefix, suffix };
  return a;
}

describe('speakerOf', () => {
  it('names an official inside the quote', () => {
    const a = quoteNote({ entityIds: ['official:pham-minh-chinh'], entityNames: ['Phạm Minh Chính'] });
    expect(speakerOf(a, article)).toBe('Phạm Minh Chính');
  });

  it('names the official just before the quote, the nearest one when two are named', () => {
    // A 32-character prefix, as saved: the end of "… Nguyễn Chí Dũng và Thủ tướng Phạm Minh Chính nhấn mạnh, "
    const a = quoteNote({ prefix: 'ng và Thủ tướng Phạm Minh Chính nhấn mạnh, ' });
    expect(speakerOf(a, article)).toBe('Phạm Minh Chính');
    const b = quoteNote({ prefix: 'Phạm Minh Chính giao Nguyễn Chí Dũng: ' });
    expect(speakerOf(b, article)).toBe('Nguyễn Chí Dũng');
  });

  it('matches a name written with its tone mark placed the old way', () => {
    const withHoa: CitedArticle = {
      ...article,
      entities: [{ id: 'official:x', kind: 'official', name: 'Nguyễn Thanh Hoà', count: 1 }],
    };
    expect(speakerOf(quoteNote({ prefix: 'Bà Nguyễn Thanh Hòa cho biết: ' }), withHoa)).toBe('Nguyễn Thanh Hoà');
  });

  it('names nobody when no official is inside or before the quote (a body is no speaker)', () => {
    const a = quoteNote({
      prefix: 'Bộ Thông tin và Truyền thông cho rằng ',
      entityIds: ['body:bo-thong-tin-va-truyen-thong'],
      entityNames: ['Bộ Thông tin và Truyền thông'],
    });
    expect(speakerOf(a, article)).toBeNull();
    expect(speakerOf(quoteNote(), undefined)).toBeNull();
  });
});

describe('toCitation, plain text', () => {
  it('gives the quote, speaker, title, outlet, date and a link that scrolls to the quote', () => {
    const a = quoteNote({ prefix: 'Thủ tướng Phạm Minh Chính nêu rõ, ', suffix: ', lấy hiệu quả làm thước đo.' });
    const vi = toCitation(a, article, { format: 'plain', lang: 'vi' });
    const [text, link] = vi.trimEnd().split('. https://');
    expect(text).toBe(
      `“${QUOTE}” — Phạm Minh Chính, trong bài “Thủ tướng chủ trì hội nghị về chuyển đổi số”, Báo Điện tử Chính phủ, 10/03/2025`,
    );
    const [page, directive] = `https://${link}`.split('#:~:text=');
    expect(page).toBe(URL_);
    expect(directive.split(',').map(decodeURIComponent)).toContain(QUOTE);
    const en = toCitation(a, article, { format: 'plain', lang: 'en' });
    expect(en).toContain(
      '— Phạm Minh Chính, in “Thủ tướng chủ trì hội nghị về chuyển đổi số”, Báo Điện tử Chính phủ, 10 March 2025.',
    );
  });

  it('says when the article is undated, and links a quote no longer found to the page only', () => {
    const a = quoteNote({ orphan: true });
    const out = toCitation(a, { ...article, published: undefined }, { format: 'plain', lang: 'en' });
    expect(out).toBe(
      `“${QUOTE}” — “${article.title}”, Báo Điện tử Chính phủ, undated, accessed 11 March 2025. ${URL_}\n`,
    );
    expect(citedDate(undefined, a, 'vi')).toBe('không rõ ngày đăng, truy cập 11/03/2025');
  });

  it('keeps a multi-paragraph quote on one line, and names an unknown site by its host', () => {
    const a = quoteNote({ quote: 'Đoạn một.\n\nĐoạn   hai.', pageUrl: 'https://tinmoi.example.vn/bai-1.html' });
    const out = toCitation(a, undefined, { format: 'plain', lang: 'vi' });
    expect(out.startsWith('“Đoạn một. Đoạn hai.” — “https://tinmoi.example.vn/bai-1.html”, tinmoi.example.vn,')).toBe(
      true,
    );
  });

  it('cites the article under a note on the whole article', () => {
    const n = makeArticleNote(URL_, 'Bài cho thấy lộ trình đến 2030.', { created: '2025-03-12T01:00:00.000Z' });
    expect(toCitation(n, article, { format: 'plain', lang: 'vi' })).toBe(
      `Bài cho thấy lộ trình đến 2030.\n— “${article.title}”, Báo Điện tử Chính phủ, 10/03/2025. ${URL_}\n`,
    );
  });
});

describe('toCitation, Markdown', () => {
  it('renders the quote as a blockquote with a linked, escaped source line', () => {
    const a = quoteNote({
      quote: 'lấy *người dân* làm [trung tâm](javascript:x)',
      entityIds: ['official:pham-minh-chinh'],
      entityNames: ['Phạm Minh Chính'],
    });
    const md = toCitation(a, article, { format: 'markdown', lang: 'en' });
    const doc = new Parser().parse(md);
    const bq = doc.firstChild!;
    expect(bq.type).toBe('block_quote');
    const texts: string[] = [];
    const links: string[] = [];
    const w = doc.walker();
    for (let e = w.next(); e; e = w.next()) {
      if (!e.entering) continue;
      if (e.node.type === 'text') texts.push(e.node.literal!);
      if (e.node.type === 'link') links.push(e.node.destination!);
    }
    expect(texts.join('')).toContain('lấy *người dân* làm [trung tâm](javascript:x)');
    expect(texts.join('')).toContain(
      '— Phạm Minh Chính, Thủ tướng chủ trì hội nghị về chuyển đổi số, Báo Điện tử Chính phủ, 10 March 2025',
    );
    expect(links).toHaveLength(1);
    expect(links[0].startsWith(`${URL_}#:~:text=`)).toBe(true);
  });

  it('writes a note on the whole article as a paragraph with its source', () => {
    const n = makeArticleNote(URL_, 'Cần đối chiếu **số liệu**.');
    const md = toCitation(n, article, { format: 'markdown', lang: 'vi' });
    expect(md).toBe(
      `Cần đối chiếu \\*\\*số liệu\\*\\*.\n\n— [${article.title}](<${URL_}>), *Báo Điện tử Chính phủ*, 10/03/2025\n`,
    );
  });
});
