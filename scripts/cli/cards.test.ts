import { describe, expect, it } from 'vitest';
import { cardLines, textCards } from './cards';

// A sentence of my own in the style of the news, with a person the data knows and one office
// the data never lists for him (a namesake or an office the data lacks).
const TEXT =
  'Ngày 12/12/2022, Thường trực Ban Bí thư Võ Văn Thưởng làm việc với Ban Thường vụ Thành ủy TPHCM về Nghị quyết số 31-NQ/TW của Bộ Chính trị.';

describe('cards command', () => {
  it('prints what each card says on the article day, once per entity', () => {
    const cards = textCards(TEXT, '2022-12-12');
    const official = cards.find((c) => c.kind === 'official')!;
    expect(official.name).toBe('Võ Văn Thưởng');
    expect(official.atDate?.map((h) => h.title)).toContain('Thường trực Ban Bí thư');
    expect(cards.filter((c) => c.name === 'Bộ Chính trị')).toHaveLength(1);
    const lines = cards.flatMap(cardLines).join('\n');
    expect(lines).toContain('on 2022-12-12: Thường trực Ban Bí thư');
    expect(lines).toMatch(/resolution +Nghị quyết số 31-NQ\/TW[^\n]*\n +Type: Nghị quyết\n +Number: 31\n/);
    expect(lines).toContain('Level: Province or city');
  });

  it('shows the namesake warning where the text gives an office the data never lists', () => {
    // (Not Tây Ninh's: the data now holds Tây Ninh's Nguyễn Mạnh Hùng too, the minister's namesake.)
    const lines = textCards('Bí thư Thành ủy Cao Lãnh Nguyễn Mạnh Hùng phát biểu.', '2019-05-01')
      .flatMap(cardLines)
      .join('\n');
    expect(lines).toContain('WARNING: The article calls this person “Bí thư Thành ủy Cao Lãnh”');
    // And the other person of that name is named.
    expect(lines).toContain('WARNING: The data holds more than one person named Nguyễn Mạnh Hùng');
  });

  it('says the office in the text once for a person the data does not know', () => {
    const lines = textCards('Phó Giám đốc Sở Tư pháp Hoàng Văn Khởi phát biểu.', '2025-09-26').flatMap(cardLines);
    expect(lines.filter((l) => /in the text:/i.test(l))).toEqual(['           In the text: Phó Giám đốc Sở Tư pháp']);
  });
});
