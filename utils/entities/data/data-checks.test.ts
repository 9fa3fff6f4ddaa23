/**
 * The data checks that keep the card honest: the officials files pass every consistency check
 * (checks.ts), partial dates do not come back, and document types and issuer codes agree with
 * the decree on document form and the Party's rules (document-form.json, with its sources).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { checkOfficials, partialDates, type OfficialsFileData } from './checks';
import documents from './documents.json';
import form from './document-form.json';

const dir = new URL('./officials/', import.meta.url);
const files: OfficialsFileData[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, ...JSON.parse(readFileSync(new URL(f, dir), 'utf8')) }));

/**
 * The count of month- or year-only dates; it may shrink, never grow without a reason. 22 on
 * 2026-12-04; 23 from 2026-12-06: Lương Cường's defence-council chair ends with his presidency,
 * whose end is the same month-only "2026-04" (an open end would show him chair after it).
 */
const MAX_PARTIAL_DATES = 23;

describe('officials data checks', () => {
  it('finds no problem: one holder per seat, known ends before successors, no post after death, Party terms, sources', () => {
    expect(checkOfficials(files)).toEqual([]);
  });

  it('does not grow its count of partial dates', () => {
    expect(partialDates(files).length).toBeLessThanOrEqual(MAX_PARTIAL_DATES);
  });

  it('catches each class of error it is meant to catch', () => {
    const src = 'https://example.vn/x';
    const broken: OfficialsFileData = {
      file: 'broken.json',
      checked: '2026-12-04',
      officials: [
        {
          id: 'a',
          name: 'Nguyễn Văn A',
          died: '2023-08-22',
          diedSource: src,
          positions: [
            { title: 'Bộ trưởng Bộ Tài chính', from: '2021-04-08', to: '2024-01-01', source: src },
            {
              title: 'Ủy viên Bộ Chính trị',
              org: 'Bộ Chính trị khóa XIII',
              from: '2021-01-31',
              to: '2026-01-23',
              source: src,
            },
          ],
        },
        {
          id: 'b',
          name: 'Trần Văn B',
          positions: [
            { title: 'Bộ trưởng Bộ Tài chính', from: '2023-01-01', source: src },
            { title: 'Thủ tướng Chính phủ', from: '2021-04-05', source: 'not a url' },
            {
              title: 'Bí thư Trung ương Đảng',
              org: 'Ban Bí thư khóa XIII',
              from: '2021-01-31',
              to: '2024-05-16',
              source: src,
            },
          ],
        },
        {
          id: 'c',
          name: 'Lê Văn C',
          positions: [
            { title: 'Thủ tướng Chính phủ', from: '2022-01-01', to: null, source: src },
            { title: 'Phó Bí thư Tỉnh ủy Nghệ An', from: '2018-05-02', fromBy: true, to: '2020-10-15', source: src },
          ],
        },
      ],
    };
    // Two people of one name: kept apart only when each record says what tells it apart.
    const twin = (id: string, distinct?: string) => ({
      id,
      name: 'Nguyễn Văn Tê',
      ...(distinct ? { distinct } : {}),
      positions: [{ title: 'Chủ tịch UBND tỉnh Lạng Sơn', from: '2020-01-01', to: '2021-01-01', source: src }],
    });
    const twins = (a?: string, b?: string): OfficialsFileData[] => [
      { file: 'twins.json', checked: '2026-12-04', officials: [twin('te-1', a), twin('te-2', b)] },
    ];
    expect(checkOfficials(twins('Lạng Sơn')).join('\n')).toMatch(/te-2: same name and country as te-1/);
    expect(checkOfficials(twins(undefined, 'Cao Bằng')).join('\n')).toMatch(/te-2: same name and country as te-1/);
    expect(checkOfficials(twins('Lạng Sơn', 'Cao Bằng')).join('\n')).not.toMatch(/same name/);
    const problems = checkOfficials([broken]).join('\n');
    expect(problems).toMatch(/a: .*ends 2024-01-01, after death on 2023-08-22/);
    expect(problems).toMatch(/bộ trưởng bộ tài chính.*overlaps b/);
    expect(problems).toMatch(/b: Thủ tướng.*source is not a URL/);
    expect(problems).toMatch(/thủ tướng chính phủ.*b .*no known end, but c holds it/);
    expect(problems).toMatch(/b: Bí thư Trung ương Đảng.*before the term's end 2026-01-23: give the endSource/);
    // A start given as only a bound says why in its unconfirmed reason.
    expect(problems).toMatch(/c: Phó Bí thư Tỉnh ủy Nghệ An.*fromBy is true, with a from and the unconfirmed reason/);
  });
});

describe('document types and issuer codes', () => {
  const allowed = new Set([...Object.keys(form.stateTypes), ...Object.keys(form.partyTypes)]);
  it('uses only type abbreviations the decree or the Party rules define', () => {
    for (const t of documents.types) for (const a of t.abbr) expect(allowed.has(a), `${t.name}: ${a}`).toBe(true);
  });

  it('gives laws, codes, ordinances and the Constitution no type code', () => {
    for (const name of ['Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp'])
      expect(documents.types.find((t) => t.name === name)?.abbr, name).toEqual([]);
  });

  it('reads issuer codes as the State and the Party use them', () => {
    const issuers = documents.issuers as Record<string, string>;
    expect(issuers.BCT).toBe('Bộ Công Thương');
    expect(issuers.BBT).toBeUndefined();
    for (const code of ['BNNMT', 'BDTTG', 'BTC', 'BKHCN']) {
      expect(issuers[code], code).toBeTruthy();
      expect((form.issuerExamples as Record<string, string>)[code], `${code}: a real number with its source`).toMatch(
        /https?:\/\//,
      );
    }
    for (const [code, name] of Object.entries(issuers)) {
      expect(code, name).toMatch(/^[A-ZĐ][A-ZĐa-z]*$/u);
      expect(name.trim(), code).not.toBe('');
    }
  });
});
