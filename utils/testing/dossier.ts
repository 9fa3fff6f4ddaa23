/**
 * A reader's history for dossier tests: articles of 2019–2025 whose summaries mention Võ Văn
 * Thưởng under his three positions (Head of the Central Propaganda Department, Standing member
 * of the Secretariat, State President), one without a date, one spelled so the engine kept a
 * second id, a city's People's Committee under two ids, and notes that quote or name him.
 * Test support only: nothing in the extension imports utils/testing.
 */
import type { Annotation, Article, EntityMerge } from '../model';
import { makeAnnotation } from './records';

export const THUONG = 'official:vo-van-thuong';
/** What a rule would call him where the gazetteer missed the spelling. */
export const THUONG_BY_RULE = 'official:võ văn thưởng';
export const HANOI_PC = 'body:uy-ban-nhan-dan--ha-noi';
/** A rule find the engine did not tie to the gazetteer's record: the reader merged it (MERGES). */
export const HANOI_PC_ABBR = 'body:ubnd thành phố hà nội';

type Summary = NonNullable<Article['entities']>[number];
const official = (id: string, name: string, count: number): Summary => ({ id, kind: 'official', name, count });
const body = (id: string, name: string, count: number): Summary => ({ id, kind: 'body', name, count });
const doc = (id: string, name: string, count: number): Summary => ({ id, kind: 'resolution', name, count });

function article(
  key: string,
  site: string,
  title: string,
  published: string | undefined,
  visit: string,
  entities: Summary[],
): Article {
  return {
    key,
    url: `${key}?utm_source=zalo`,
    title,
    site,
    ...(published ? { published } : {}),
    firstVisit: visit,
    lastVisit: visit,
    entities,
  };
}

export const PRESS_2019 = article(
  'https://thanhnien.vn/truong-ban-tuyen-giao-trung-uong-gap-mat-nha-bao-185190619093015234.htm',
  'thanhnien',
  'Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng gặp mặt nhà báo tiêu biểu',
  '2019-06-19T09:30:00+07:00',
  '2024-03-02T07:10:00.000Z',
  [
    official(THUONG, 'Võ Văn Thưởng', 3),
    body('body:ban-tuyen-giao-trung-uong', 'Ban Tuyên giáo Trung ương', 2),
    doc('resolution:luat-bao-chi-2016', 'Luật Báo chí 2016', 1),
    body('body:ban-bi-thu', 'Ban Bí thư', 1),
  ],
);

export const SECRETARIAT_2022 = article(
  'https://baochinhphu.vn/thuong-truc-ban-bi-thu-lam-viec-voi-ban-thuong-vu-thanh-uy-tphcm-102221212183015678.htm',
  'baochinhphu',
  'Thường trực Ban Bí thư làm việc với Ban Thường vụ Thành ủy TPHCM',
  '2022-12-12T18:30:00+07:00',
  '2024-03-01T08:00:00.000Z',
  [
    official(THUONG, 'Võ Văn Thưởng', 4),
    body('body:ban-bi-thu', 'Ban Bí thư', 3),
    body('body:ban-thuong-vu--thanh-uy--tphcm', 'Ban Thường vụ Thành ủy TPHCM', 2),
  ],
);

export const PRESIDENT_2023 = article(
  'https://vietnamnet.vn/chu-tich-nuoc-vo-van-thuong-lam-viec-voi-thanh-pho-ha-noi-2147321.html',
  'vietnamnet',
  'Chủ tịch nước Võ Văn Thưởng làm việc với Thành phố Hà Nội',
  '2023-05-20',
  '2024-03-03T21:00:00.000Z',
  [
    official(THUONG, 'Võ Văn Thưởng', 5),
    body(HANOI_PC_ABBR, 'UBND TP Hà Nội', 2),
    body('body:ban-bi-thu', 'Ban Bí thư', 1),
  ],
);

/** The engine missed the name here (decomposed text) and a rule found it: a second id. */
export const PRESIDENT_2023_NFD = article(
  'https://dantri.com.vn/thoi-su/chu-tich-nuoc-tiep-dai-su-20230303101500123.htm',
  'dantri',
  'Chủ tịch nước tiếp Đại sứ các nước trình Quốc thư',
  '2023-03-03T10:15:00+07:00',
  '2024-02-20T10:00:00.000Z',
  [official(THUONG_BY_RULE, 'Võ Văn Thưởng', 2), body('body:van-phong-chu-tich-nuoc', 'Văn phòng Chủ tịch nước', 1)],
);

export const UNDATED = article(
  'https://nhandan.vn/ha-noi-trien-khai-ket-luan-cua-bo-chinh-tri-post700001.html',
  'nhandan',
  'Hà Nội triển khai kết luận của Bộ Chính trị',
  undefined,
  '2024-03-04T06:00:00.000Z',
  [official(THUONG, 'Võ Văn Thưởng', 1), body(HANOI_PC, 'Ủy ban nhân dân thành phố Hà Nội', 2)],
);

export const ELSEWHERE = article(
  'https://vnexpress.net/thu-tuong-yeu-cau-hoan-thanh-sap-xep-don-vi-hanh-chinh-truoc-ngay-30-6-4862345.html',
  'vnexpress',
  'Thủ tướng yêu cầu hoàn thành sắp xếp đơn vị hành chính trước ngày 30/6',
  '2025-03-18T19:05:00+07:00',
  '2025-03-19T01:00:00.000Z',
  [official('official:pham-minh-chinh', 'Phạm Minh Chính', 4), body(HANOI_PC, 'UBND thành phố Hà Nội', 1)],
);

export const DOSSIER_ARTICLES = [PRESS_2019, SECRETARIAT_2022, PRESIDENT_2023, PRESIDENT_2023_NFD, UNDATED, ELSEWHERE];

export const QUOTING = makeAnnotation(SECRETARIAT_2022.key, 'Đồng chí Võ Văn Thưởng phát biểu tại cuộc làm việc', 120, {
  note: 'Đặt vấn đề về *cán bộ* <b>dám nghĩ</b>',
  tags: ['nhân sự', 'TPHCM'],
  entityIds: [THUONG],
  entityNames: ['Võ Văn Thưởng'],
  created: '2024-03-01T08:05:00.000Z',
  updated: '2024-03-01T08:05:00.000Z',
});

/** Its quote is about the city; its note names him. */
export const NAMING = makeAnnotation(PRESIDENT_2023.key, 'UBND TP Hà Nội báo cáo tiến độ', 300, {
  note: 'So sánh với lời Chủ tịch nước võ văn thưởng hôm trước',
  entityIds: [HANOI_PC_ABBR],
  entityNames: ['UBND TP Hà Nội'],
  created: '2024-03-03T21:10:00.000Z',
  updated: '2024-03-03T21:10:00.000Z',
});

/** Names him, on an article that does not mention him: not in his dossier. */
export const NAMING_ELSEWHERE = makeAnnotation(ELSEWHERE.key, 'hoàn thành sắp xếp đơn vị hành chính', 40, {
  note: 'Khác với thời Võ Văn Thưởng',
  created: '2025-03-19T01:05:00.000Z',
  updated: '2025-03-19T01:05:00.000Z',
});

/** On one of his articles, about something else; "Thưởng" alone is not his name. */
export const UNRELATED = makeAnnotation(PRESS_2019.key, 'nhà báo tiêu biểu', 10, {
  note: 'Giải thưởng báo chí',
  created: '2024-03-02T07:15:00.000Z',
  updated: '2024-03-02T07:15:00.000Z',
});

export const DOSSIER_NOTES: Annotation[] = [QUOTING, NAMING, NAMING_ELSEWHERE, UNRELATED];

export const MERGES: EntityMerge[] = [
  { from: THUONG_BY_RULE, into: THUONG, created: '2024-03-05T09:00:00.000Z' },
  { from: HANOI_PC_ABBR, into: HANOI_PC, created: '2024-03-05T09:01:00.000Z' },
];
