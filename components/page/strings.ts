/** Strings of the in-page UI (card, panel, toolbar) in Vietnamese and English. */
export type Lang = 'vi' | 'en';

const STRINGS = {
  official: { vi: 'Quan chức', en: 'Official' },
  body: { vi: 'Cơ quan, tổ chức', en: 'Body' },
  resolution: { vi: 'Văn bản', en: 'Document' },
  officials: { vi: 'Quan chức', en: 'Officials' },
  bodies: { vi: 'Cơ quan, tổ chức', en: 'Bodies' },
  resolutions: { vi: 'Văn bản', en: 'Documents' },
  mention: { vi: 'Lần nhắc', en: 'Mention' },
  of: { vi: '/', en: 'of' },
  previous: { vi: 'Trước', en: 'Previous' },
  next: { vi: 'Sau', en: 'Next' },
  close: { vi: 'Đóng', en: 'Close' },
  panelTitle: { vi: 'Thực thể trong bài', en: 'Entities in this article' },
  openPanel: { vi: 'Mở bảng thực thể (Alt+Shift+E)', en: 'Open the entity panel (Alt+Shift+E)' },
  show: { vi: 'Hiện', en: 'Show' },
  offForSite: { vi: 'Tắt tiện ích trên trang này', en: 'Turn the extension off for this site' },
  none: { vi: 'Không tìm thấy thực thể nào.', en: 'No entities found.' },
  notes: { vi: 'Ghi chú của bạn', en: 'Your notes' },
  orphan: { vi: 'không tìm thấy trong bài', en: 'not found in the article' },
  highlight: { vi: 'Tô sáng', en: 'Highlight' },
  save: { vi: 'Lưu', en: 'Save' },
  delete: { vi: 'Xóa', en: 'Delete' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  deleted: { vi: 'Đã xóa ghi chú.', en: 'Note deleted.' },
  note: { vi: 'Ghi chú (có thể dùng Markdown)', en: 'Note (Markdown allowed)' },
  tags: { vi: 'Thẻ, cách nhau bằng dấu phẩy', en: 'Tags, separated by commas' },
  colour: { vi: 'Màu', en: 'Colour' },
  saveFailed: { vi: 'Không lưu được', en: 'Could not save' },
  atDate: { vi: 'Ngày {date}', en: 'On {date}' },
  atDateUnknown: { vi: 'Khi đăng bài', en: 'At the time' },
  now: { vi: 'Hiện nay', en: 'Now' },
  roleInText: { vi: 'Trong bài', en: 'In the text' },
  fullName: { vi: 'Tên đầy đủ', en: 'Full name' },
  level: { vi: 'Cấp', en: 'Level' },
  successor: { vi: 'Nay là', en: 'Now part of' },
  until: { vi: 'Hoạt động đến', en: 'Active until' },
  docType: { vi: 'Loại', en: 'Type' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issuer' },
  number: { vi: 'Số', en: 'Number' },
  year: { vi: 'Năm', en: 'Year' },
  noRecord: { vi: 'Nhận ra theo quy tắc, chưa có trong danh bạ', en: 'Found by a rule; not in the gazetteer' },
  'level.central': { vi: 'Trung ương', en: 'Central' },
  'level.province': { vi: 'Tỉnh, thành phố', en: 'Province or city' },
  'level.district': { vi: 'Cấp huyện (đã bãi bỏ)', en: 'District (abolished)' },
  'level.commune': { vi: 'Cấp xã', en: 'Commune' },
  'level.foreign': { vi: 'Nước ngoài', en: 'Foreign' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang, values?: Record<string, string | number>): string {
  const s: string = STRINGS[key][lang];
  return values ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m)) : s;
}
