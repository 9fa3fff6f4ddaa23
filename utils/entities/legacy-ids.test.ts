import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { currentEntityId } from './legacy-ids';
import { findEntities } from './index';
import { entityKey } from './key';

/** The shared test data beside the repository (../shared). */
const SHARED = path.resolve(__dirname, '../../../shared');
import { parseBackup, toBackup } from '../backup/backup';
import { makeAnnotation } from '../testing/records';

describe('currentEntityId', () => {
  // Pairs seen when the first and second engines read the same articles (the seed, dev, dev-recent).
  it.each([
    ['body:uy-ban-nhan-dan--tinh-binh-dinh', 'body:uy-ban-nhan-dan--binh-dinh'],
    ['body:uy-ban-nhan-dan--tp-ha-noi', 'body:uy-ban-nhan-dan--ha-noi'],
    ['body:thanh-uy--tp-hai-phong', 'body:thanh-uy--hai-phong'],
    ['body:ban-can-su-dang--uy-ban-nhan-dan--tinh-khanh-hoa', 'body:ban-can-su-dang--uy-ban-nhan-dan--khanh-hoa'],
    ['body:cuc-thi-hanh-an-dan-su--tp', 'body:cuc-thi-hanh-an-dan-su--thanh-pho'],
    ['body:ban-chap-hanh--ban-chap-hanh-trung-uong-dang', 'body:ban-chap-hanh-trung-uong-dang'],
    // A province whose own id holds its level word stays itself.
    ['body:ban-thuong-vu--thanh-uy--tp-ho-chi-minh', 'body:ban-thuong-vu--thanh-uy--tp-ho-chi-minh'],
    // A place the gazetteer does not know keeps its level, spelled out.
    ['body:uy-ban-nhan-dan--tp-thu-duc', 'body:uy-ban-nhan-dan--thanh-pho-thu-duc'],
    // Rule finds: the text under the key preset (one tone placement).
    ['body:ủy ban kiểm tra đảng ủy khối thủy lợi', 'body:uỷ ban kiểm tra đảng uỷ khối thuỷ lợi'],
    ['official:nguyễn văn hòa', 'official:nguyễn văn hoà'],
    // A name the data knows as a whole, read by version 5 as a prefix and a body (database version 6).
    ['body:van-phong--chinh-phu', 'body:van-phong-chinh-phu'],
    ['body:ban-can-su-dang--thanh-tra--chinh-phu', 'body:ban-can-su-dang--thanh-tra-chinh-phu'],
    ['body:ban-thuong-vu--dang-uy--cong-an-trung-uong', 'body:ban-thuong-vu--dang-uy-cong-an-trung-uong'],
    ['body:van-phong--ban-chap-hanh-trung-uong-dang', 'body:van-phong-trung-uong-dang'],
    // A rule find whose text the data has since learnt as a name.
    ['body:ban tuyên giáo - dân vận trung ương', 'body:ban-tuyen-giao-va-dan-van-trung-uong'],
  ])('%s → %s', (old, now) => expect(currentEntityId(old)).toBe(now));

  it('leaves every id the engine writes today as it is (the seed and the shared corpus)', () => {
    const dir = (d: string) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(path.join(d, f), 'utf8'));
    const texts = [
      ...dir(path.join(SHARED, 'seed')),
      ...dir(path.join(SHARED, 'corpus/dev')),
      ...dir(path.join(SHARED, 'corpus/dev-recent')),
    ];
    expect(texts.length).toBeGreaterThan(30);
    const ids = new Set(texts.flatMap((t) => findEntities(t).map((s) => entityKey(s))));
    expect(ids.size).toBeGreaterThan(300);
    expect([...ids].filter((id) => currentEntityId(id) !== id)).toEqual([]);
  });

  it("names a foreign party's organ and another country's organ as the engine does now", () => {
    expect(currentEntityId('body:dang-cong-san-trung-quoc-trung-uong-ban-chap-hanh')).toBe(
      'body:dang-cong-san-trung-quoc-ban-chap-hanh-trung-uong',
    );
    expect(currentEntityId('body:dang-nhan-dan-cach-mang-lao-trung-uong-ban-to-chuc')).toBe(
      'body:dang-nhan-dan-cach-mang-lao-ban-to-chuc-trung-uong',
    );
    expect(currentEntityId('body:bo-ngoai-giao-lien-bang-nga')).toBe('body:bo-ngoai-giao-nga');
    // A ward whose name ends like a country's is none.
    expect(currentEntityId('body:uy-ban-nhan-dan--phuong-phu-my')).toBe('body:uy-ban-nhan-dan--phuong-phu-my');
  });

  it('leaves ids that did not change, including a term the old engine never kept', () => {
    for (const id of ['official:vo-van-thuong', 'body:quoc-hoi', 'resolution:nghi-quyet-23', 'body:bo-chinh-tri'])
      expect(currentEntityId(id)).toBe(id);
  });
});

describe("an older version's backup", () => {
  it('comes in with current ids, so its notes join the same dossiers as new visits', () => {
    const key = 'https://baobinhdinh.vn/a-1.htm';
    const note = makeAnnotation(key, 'UBND tỉnh Bình Định', 0, {
      entityIds: ['body:uy-ban-nhan-dan--tinh-binh-dinh'],
      entityNames: ['UBND tỉnh Bình Định'],
    });
    const text = toBackup(
      {
        articles: [
          {
            key,
            url: key,
            title: 'UBND tỉnh Bình Định họp',
            site: 'baobinhdinh',
            firstVisit: '2024-05-01T08:00:00.000Z',
            lastVisit: '2024-05-01T08:00:00.000Z',
            entities: [
              { id: 'body:uy-ban-nhan-dan--tinh-binh-dinh', kind: 'body', name: 'UBND tỉnh Bình Định', count: 2 },
            ],
          },
        ],
        annotations: [note],
      },
      '2024-06-01T00:00:00.000Z',
    );
    const r = parseBackup(text);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.data.articles[0].entities?.[0].id).toBe('body:uy-ban-nhan-dan--binh-dinh');
    expect(r.data.annotations[0].entityIds).toEqual(['body:uy-ban-nhan-dan--binh-dinh']);
  });
});
