import { describe, expect, it } from 'vitest';
import { createEngine } from './index';
import { sharedNames, sharedNamesOf } from './dated-names';
import { allBodies } from './gazetteer-data';
import { cardData } from '../facts/card-data';
import type { BodyRecord, EntitySpan } from './types';

const OLD = 'body:bo-nong-nghiep-va-phat-trien-nong-thon';
const NEW = 'body:bo-nong-nghiep-va-moi-truong';
// Sentences of my own, in the style of the news.
const TEXT =
  'Chiều 5/10, Bộ Nông nghiệp tổ chức hội nghị trực tuyến. Bộ trưởng Bộ Nông nghiệp Đỗ Đức Duy chủ trì hội nghị.\n' +
  'Bộ Nông nghiệp và Phát triển nông thôn trước đây đã ban hành kế hoạch này.';

const ids = (spans: EntitySpan[]) => spans.map((s) => [s.text, s.id ?? '']);
const duy = (spans: EntitySpan[]) => spans.find((s) => s.id === 'official:do-duc-duy')!;

describe('short names two bodies shared one after the other', () => {
  it('are found in the data: an alias of an ended body that begins its successor’s name', () => {
    const shared = sharedNames();
    expect(shared.get('bộ nông nghiệp')).toMatchObject({
      before: { id: 'bo-nong-nghiep-va-phat-trien-nong-thon' },
      after: { id: 'bo-nong-nghiep-va-moi-truong' },
      until: '2025-02-28',
    });
    // An ended body's own name always means that body ("Ủy ban Kinh tế" of the National
    // Assembly until 2025-02-18), and an abbreviation names the old body alone.
    expect(shared.has('ủy ban kinh tế')).toBe(false);
    expect(shared.has('bộ nn&ptnt')).toBe(false);
    // The packed copy is the data's, worked out again.
    expect(shared).toEqual(sharedNamesOf(allBodies()));
  });

  it('takes an alias shared with the successor (as a whole name or its first words), nothing else', () => {
    const rec = (r: Partial<BodyRecord> & { id: string; name: string }): BodyRecord => ({
      level: 'central',
      src: 'x',
      ...r,
    });
    const shared = sharedNamesOf([
      rec({ id: 'a', name: 'Cục A và B', aliases: ['Cục A', 'Cục AB'], to: '2020-01-01', successor: 'c' }),
      rec({ id: 'c', name: 'Cục A và C', aliases: ['Cục AB mới'] }),
      rec({ id: 'd', name: 'Cục D', aliases: ['Cục Đ'], successor: 'c' }),
    ]);
    expect([...shared.keys()].sort()).toEqual(['cục a', 'cục ab']);
    expect(shared.get('cục a')?.until).toBe('2020-01-01');
  });

  it('are read as the body of the article’s day, in the span and in an office’s bodies', () => {
    const engine = createEngine();
    const after = engine.find(TEXT, '2025-10-05');
    expect(ids(after).filter(([t]) => t.startsWith('Bộ'))).toEqual([
      ['Bộ Nông nghiệp', NEW],
      ['Bộ Nông nghiệp', NEW],
      // Written out, the old ministry's name means it whatever the day.
      ['Bộ Nông nghiệp và Phát triển nông thôn', OLD],
    ]);
    expect(duy(after).roleBodies).toEqual([NEW]);

    for (const day of ['2025-02-28', '2024-06-01', undefined]) {
      const before = engine.find(TEXT, day);
      expect(
        before.filter((s) => s.kind === 'body').map((s) => s.id),
        String(day),
      ).toEqual([OLD, OLD, OLD]);
      expect(duy(before).roleBodies, String(day)).toEqual([OLD]);
    }
    // A day that is no day is no day.
    expect(engine.find(TEXT, 'hôm qua').filter((s) => s.kind === 'body')[0].id).toBe(OLD);
  });

  it('read a piece at a time as in one pass', () => {
    const engine = createEngine();
    const long = `${TEXT}\n`.repeat(40);
    const reader = engine.read(long, 600, 2, '2025-10-05');
    const pieces: EntitySpan[] = [];
    for (let got = reader.next(); got; got = reader.next()) pieces.push(...got);
    expect(reader.pieces).toBeGreaterThan(2);
    expect(ids(pieces)).toEqual(ids(engine.find(long, '2025-10-05')));
    expect(ids(reader.builtIn)).toEqual(ids(pieces));
  });

  it('are told on the card: read by the date, or not known for want of one', () => {
    const engine = createEngine();
    const card = (day: string | undefined) => {
      const span = engine.find(TEXT, day).find((s) => s.kind === 'body')!;
      return cardData(span, day, { index: 0, count: 2 });
    };
    const after = card('2025-10-05');
    expect(after.name).toBe('Bộ Nông nghiệp và Môi trường');
    expect(after.entityId).toBe(NEW);
    expect(after.sharedName).toEqual({
      short: 'Bộ Nông nghiệp',
      before: 'Bộ Nông nghiệp và Phát triển nông thôn',
      after: 'Bộ Nông nghiệp và Môi trường',
      until: '2025-02-28',
      read: 'after',
    });
    // The new ministry did not end: no end row, no successor.
    expect(after.rows.map((r) => r.label)).not.toContain('page.successor');

    const unknown = card(undefined);
    expect(unknown.name).toBe('Bộ Nông nghiệp và Phát triển nông thôn');
    expect(unknown.sharedName?.read).toBe('unknown');

    const before = card('2024-06-01');
    expect(before.name).toBe('Bộ Nông nghiệp và Phát triển nông thôn');
    expect(before.sharedName?.read).toBe('before');
    expect(before.rows).toContainEqual({
      label: 'page.successor',
      value: 'Bộ Nông nghiệp và Môi trường (từ 2025-03-01)',
    });

    // Any other body has no such line.
    const other = engine.find('Bộ Tài chính họp báo.', '2025-10-05')[0];
    expect(cardData(other, '2025-10-05', { index: 0, count: 1 }).sharedName).toBeUndefined();
  });

  it('read a template’s bare name by the day: "Cục Thuế" a province’s before the reform, the national one after', () => {
    const engine = createEngine();
    // My own sentences.
    const text =
      'Cục Thuế cho biết số thu tăng. Cục trưởng Cục Thuế Lê Văn Hải ký văn bản. Cục Thuế tỉnh Nghệ An phối hợp.';
    const read = (day: string | undefined) =>
      engine
        .find(text, day)
        .map((s) => s.id ?? s.roleBodies?.join(' '))
        .filter(Boolean);
    expect(read('2025-10-01')).toEqual([
      'body:cuc-thue-bo-tai-chinh',
      'body:cuc-thue-bo-tai-chinh',
      'body:cuc-thue-bo-tai-chinh',
      // With its province it is that province's department, whatever the day.
      'body:cuc-thue--nghe-an',
    ]);
    for (const day of ['2024-06-01', undefined])
      expect(read(day), String(day)).toEqual([
        'body:cuc-thue',
        'body:cuc-thue',
        'body:cuc-thue',
        'body:cuc-thue--nghe-an',
      ]);
    expect(sharedNames().get('cục hải quan')?.after.id).toBe('cuc-hai-quan-bo-tai-chinh');
    // Lower case, it is no name ("cục thuế các tỉnh").
    expect(engine.find('các cục thuế địa phương', '2025-10-01')).toEqual([]);
  });
});

describe('governments of the past', () => {
  it('are bodies of their own, with their dates, not today’s Government', () => {
    const engine = createEngine();
    const text =
      'Ngày 28/8/1945, Chính phủ lâm thời của nước Việt Nam Dân chủ Cộng hòa ra mắt quốc dân. ' +
      'Chủ tịch Hồ Chí Minh thay mặt Chính phủ lâm thời đọc Tuyên ngôn Độc lập. ' +
      'Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam ra đời tháng 6/1969. ' +
      'Chính phủ lâm thời Bangladesh công bố lộ trình bầu cử. Chính phủ ban hành nghị định.';
    const bodies = engine.find(text, '2025-08-25').filter((s) => s.kind === 'body');
    expect(ids(bodies)).toEqual([
      ['Chính phủ lâm thời của nước Việt Nam Dân chủ Cộng hòa', 'body:chinh-phu-lam-thoi-1945'],
      ['Chính phủ lâm thời', 'body:chinh-phu-lam-thoi-1945'],
      [
        'Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam',
        'body:chinh-phu-cach-mang-lam-thoi-cong-hoa-mien-nam-viet-nam',
      ],
      // Another country's provisional government is that country's.
      ['Chính phủ lâm thời Bangladesh', 'body:chinh-phu-lam-thoi-bangladesh'],
      ['Chính phủ', 'body:chinh-phu'],
    ]);
    // It gave way to the Coalition Provisional Government on 1/1/1946 (r296: not on 2/3/1946, when
    // that one gave way to the Resistance Coalition Government).
    const card = cardData(bodies[0], '2025-08-25', { index: 0, count: 1 });
    expect(card.rows).toContainEqual({
      label: 'page.successor',
      value: 'Chính phủ Liên hiệp lâm thời Việt Nam Dân chủ Cộng hòa (từ 1946-01-01)',
    });
    expect(JSON.stringify(card)).not.toContain('1946-03-01');
  });
});
