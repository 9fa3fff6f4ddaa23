/**
 * The closed word lists of the document grammar: the words that name a type of document, and
 * the words of ordinals ("lần thứ năm").
 */
import { PhraseList } from './phrase-list';

export interface DocumentWord {
  /** Takes a title ("Luật Đất đai"). */
  titled: boolean;
  /** Names a resolution after a plenum or a congress ("Nghị quyết Trung ương 4"). */
  plenum: boolean;
  /** Counts only with a symbol ("Nghị 43/2006/NĐ-CP", a shortening; "Báo cáo số 12-BC/TU"). */
  symbolOnly: boolean;
  /** A symbol-only word that counts with "số" and a number too ("Công điện số 229"). */
  counted?: boolean;
}

const numbered: DocumentWord = { titled: false, plenum: false, symbolOnly: false };
const titled: DocumentWord = { titled: true, plenum: false, symbolOnly: false };

export const DOCUMENT_WORD_PHRASES: [string, DocumentWord][] = [
  ['Nghị quyết', { titled: false, plenum: true, symbolOnly: false }],
  ['Nghị quyết liên tịch', numbered],
  ['Nghị định', numbered],
  ['Quyết định', numbered],
  ['Chỉ thị', numbered],
  ['Kết luận', numbered],
  ['Quy định', numbered],
  ['Quy chế', numbered],
  ['Thông tư', numbered],
  ['Thông tư liên tịch', numbered],
  ['Thông báo', numbered],
  ['Thông báo kết luận', numbered],
  ['Hướng dẫn', numbered],
  ['Chương trình hành động', numbered],
  // "chương trình" is any programme: a document only with its symbol ("Chương trình số 06-CTr/TU").
  ['Chương trình', { titled: false, plenum: false, symbolOnly: true }],
  ['Kế hoạch', numbered],
  ['Văn bản', numbered],
  ['Công văn', numbered],
  ['Báo cáo', { titled: false, plenum: false, symbolOnly: true }],
  // "công điện" is any telegram; "Công điện số 229" is the Prime Minister's or a ministry's.
  ['Công điện', { titled: false, plenum: false, symbolOnly: true, counted: true }],
  ['Nghị', { titled: false, plenum: false, symbolOnly: true }],
  ['Pháp lệnh', titled],
  ['Luật', titled],
  ['Bộ luật', titled],
  ['Hiến pháp', titled],
];
export const DOCUMENT_WORDS = new PhraseList<DocumentWord>(DOCUMENT_WORD_PHRASES);

/** Number words of ordinals: "lần thứ năm", "lần thứ mười hai". */
export const ORDINAL_WORDS = new Set([
  'nhất',
  'hai',
  'ba',
  'tư',
  'bốn',
  'năm',
  'sáu',
  'bảy',
  'tám',
  'chín',
  'mười',
  'một',
]);
