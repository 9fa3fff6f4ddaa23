/**
 * Plural forms of counted strings defined in the other files (see ../plural.ts): the key itself is
 * the `other` form; `.one` is used for 1 in English. Vietnamese does not inflect, so its forms
 * repeat the base string. Same rules as strings.ts.
 */
export const pluralsVi = {
  'popup.annotationCount.one': '{n} ghi chú',
  'popup.resultCount.one': '{n} kết quả',
  'popup.entityCount.one': '{n} thực thể',
  'backup.reminder.one': 'Có {n} ghi chú chưa nằm trong bản sao lưu nào.',
  'import.preview.one': 'Bản sao lưu này thêm {added} ghi chú và thay {updated} ghi chú bạn đang có:',
  'tags.uses.one': '{n} lần',
  'import.facts.one': 'Tệp cũng có {n} thông tin bạn đã tự thêm vào thẻ hoặc đánh dấu sai; chúng được nhập cùng.',
} as const;

export const pluralsEn: Record<keyof typeof pluralsVi, string> = {
  'popup.annotationCount.one': '{n} note',
  'popup.resultCount.one': '{n} result',
  'popup.entityCount.one': '{n} entity',
  'backup.reminder.one': '{n} note is in no backup yet.',
  'import.preview.one': 'This backup adds {added} note and replaces {updated} of yours:',
  'tags.uses.one': '{n} use',
  'import.facts.one': 'The file also holds {n} fact you added to a card or marked wrong; it is imported too.',
};
