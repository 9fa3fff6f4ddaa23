import { describe, expect, it } from 'vitest';
import { parseBackup, toBackup, type BackupData } from './backup';
import { mergeBackup } from './merge';
import type { ReaderFact } from '../model';
import { DOSSIER_ARTICLES, DOSSIER_NOTES } from '../testing/dossier';

const at = '2026-12-01T00:00:00.000Z';

/** A position a reader added to a card, and a gazetteer fact another reader marked wrong. */
const ADDED: ReaderFact = {
  id: '7d3f1c52-5a8e-4b7e-9a51-0c4d2f6b8e11',
  entityId: 'official:nguyen-van-a',
  entityName: 'Nguyễn Văn A',
  type: 'position',
  title: 'Bí thư Tỉnh ủy',
  org: 'Tỉnh ủy Quảng Ngãi',
  from: '2025-07',
  to: null,
  source: 'https://baoquangngai.vn/bai-viet-vi-du.htm',
  note: 'Theo thông báo của Ban Tổ chức Trung ương',
  created: '2026-11-02T08:00:00.000Z',
  updated: '2026-11-02T08:00:00.000Z',
};
const WRONG: ReaderFact = {
  id: '0b9e4a17-2c6d-4f3a-8e5b-91d7c3a2f640',
  entityId: 'official:tran-thi-b',
  entityName: 'Trần Thị B',
  type: 'wrong',
  target: { title: 'Phó Chủ tịch Quốc hội', from: '2021-04' },
  source: 'https://quochoi.vn/vi-du',
  note: 'Thôi giữ chức từ tháng 3/2025, không phải 2026',
  created: '2026-11-20T10:30:00.000Z',
  updated: '2026-11-21T09:00:00.000Z',
};
const withFacts: BackupData = { articles: DOSSIER_ARTICLES, annotations: DOSSIER_NOTES, readerFacts: [WRONG, ADDED] };

function parsed(text: string): BackupData {
  const r = parseBackup(text, { now: new Date(at) });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.data;
}

describe("the reader's own facts in the backup", () => {
  it('go out sorted by entity and come back unchanged; export → import → export is byte-identical', () => {
    const text = toBackup(withFacts, at);
    expect(JSON.parse(text).readerFacts.map((f: ReaderFact) => f.id)).toEqual([ADDED.id, WRONG.id]);
    const back = parsed(text);
    expect(back.readerFacts).toEqual([ADDED, WRONG]);
    const merged = mergeBackup({ articles: [], annotations: [] }, back);
    expect(merged.readerFacts).toHaveLength(2);
    const profile: BackupData = {
      articles: merged.articles,
      annotations: merged.annotations,
      readerFacts: merged.readerFacts,
    };
    expect(toBackup(profile, at)).toBe(text);
    // Importing the same file again writes nothing.
    expect(mergeBackup(profile, back).readerFacts).toEqual([]);
  });

  it('keep the later edit of the same fact, in the file and against the profile', () => {
    const edited = { ...ADDED, note: 'Đã xác nhận lại', updated: '2026-11-30T00:00:00.000Z' };
    expect(
      mergeBackup({ articles: [], annotations: [], readerFacts: [ADDED] }, { ...withFacts, readerFacts: [edited] })
        .readerFacts,
    ).toEqual([edited]);
    // The profile's later edit stays; only the fact it lacks is written.
    expect(mergeBackup({ articles: [], annotations: [], readerFacts: [edited] }, withFacts).readerFacts).toEqual([
      WRONG,
    ]);
    const twice = parseBackup(toBackup({ ...withFacts, readerFacts: [ADDED, edited] }, at), { now: new Date(at) });
    expect(twice.ok && twice.warnings).toContainEqual(expect.stringContaining('duplicate id'));
  });

  it('leave the key out when there are none, so older readers see the file as before', () => {
    const text = toBackup({ ...withFacts, readerFacts: [] }, at);
    expect(text).not.toContain('readerFacts');
    expect(parsed(text).readerFacts).toBeUndefined();
  });

  it('refuse a fact dated in the future or without its source, naming the record', () => {
    const future = toBackup(withFacts, at).replace(WRONG.updated, '2999-01-01T00:00:00.000Z');
    const r1 = parseBackup(future, { now: new Date(at) });
    expect(!r1.ok && r1.errors).toContainEqual(
      expect.stringMatching(/^readerFacts\[1\]\.updated: 2999-01-01.* is in the future/),
    );
    const noSource = toBackup(withFacts, at).replace(`"source":"${ADDED.source}"`, '"source":"javascript:alert(1)"');
    const r2 = parseBackup(noSource, { now: new Date(at) });
    expect(r2.ok).toBe(false);
    expect(!r2.ok && r2.errors.join('\n')).toMatch(/^readerFacts\[0\]\.source/m);
  });
});
