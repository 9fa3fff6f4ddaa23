import { describe, expect, it } from 'vitest';
import { HtmlRenderer, Parser } from 'commonmark';
import type { ReaderFact } from '../model';
import { asDataPosition, upstreamReport } from './upstream';

const base = { created: '2026-11-02T08:00:00.000Z', updated: '2026-11-02T08:00:00.000Z' };
const FACTS: ReaderFact[] = [
  {
    ...base,
    id: 'a1',
    entityId: 'official:nguyen-van-a',
    entityName: 'Nguyễn Văn A',
    type: 'position',
    title: 'Bí thư Tỉnh ủy',
    org: 'Tỉnh ủy Quảng Ngãi',
    from: '2025-07',
    to: null,
    source: 'https://baoquangngai.vn/vi-du.htm',
    note: 'Theo thông báo\nngày 1/7',
  },
  {
    ...base,
    id: 'b1',
    entityId: 'official:tran-thi-b',
    entityName: 'Trần Thị B',
    type: 'wrong',
    target: { title: 'Phó Chủ tịch Quốc hội', from: '2021-04' },
    source: 'https://quochoi.vn/vi-du',
    note: 'Thôi giữ chức từ 3/2025 <b>không phải</b> 2026',
  },
];

describe('upstreamReport', () => {
  it("writes each added position in the data files' own shape, with its source", () => {
    const md = upstreamReport(FACTS, { lang: 'vi', exportedAt: '2026-12-04T00:00:00Z' });
    const json = md.match(/```json\n([\s\S]*?)\n```/)?.[1];
    expect(JSON.parse(json ?? 'null')).toEqual([
      {
        title: 'Bí thư Tỉnh ủy',
        org: 'Tỉnh ủy Quảng Ngãi',
        from: '2025-07',
        to: null,
        source: 'https://baoquangngai.vn/vi-du.htm',
      },
    ]);
    expect(md).toContain('## Nguyễn Văn A (`official:nguyen-van-a`)');
    // The reader's note stays one list item, whatever line breaks it had.
    expect(md).toContain('- Bí thư Tỉnh ủy: Theo thông báo ngày 1/7');
  });

  it("lists disputed positions with the reason and source, and keeps the reader's HTML as text", () => {
    const md = upstreamReport(FACTS, { lang: 'en', exportedAt: '2026-12-04T00:00:00Z' });
    expect(md).toContain('- Position: Phó Chủ tịch Quốc hội (2021-04)');
    expect(md).toContain('  - Source: <https://quochoi.vn/vi-du>');
    const html = new HtmlRenderer().render(new Parser().parse(md));
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;');
  });

  it('leaves out an end the reader did not give: unknown is not "still held"', () => {
    expect(asDataPosition({ ...FACTS[0], to: undefined })).not.toHaveProperty('to');
    expect(upstreamReport([], { lang: 'en', exportedAt: '2026-12-04T00:00:00Z' })).toContain('No facts yet.');
  });
});
