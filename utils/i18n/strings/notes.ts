/**
 * Strings of the reader's notes wherever they show (in-page editor and panel, popup, options):
 * colour names, the note on a whole article, tag suggestions, citations, the per-page kind
 * toggles and hiding every highlight. Same rules as strings.ts.
 */
export const notesVi = {
  // Default meanings of the note colours (the reader can rename them in the options).
  'colourName.yellow': 'Quan trọng',
  'colourName.green': 'Số liệu, sự kiện',
  'colourName.blue': 'Để trích dẫn',
  'colourName.pink': 'Câu hỏi',
  'colourName.purple': 'Theo dõi tiếp',
  'colourName.orange': 'Cần kiểm chứng',
  // A note on the whole article (no quote)
  'articleNote.badge': 'Cả bài',
  'articleNote.title': 'Ghi chú về cả bài',
  'articleNote.add': 'Ghi chú về cả bài này',
  'articleNote.placeholder': 'Bạn nghĩ gì về cả bài này? (có thể dùng Markdown)',
  'articleNote.save': 'Lưu ghi chú',
  'articleNote.empty': 'Ghi chú trống: hãy viết gì đó hoặc thêm thẻ.',
  // Tags
  'tags.suggestions': 'Thẻ bạn đã dùng',
  'tags.uses': '{n} lần',
  // Citations
  'cite.copy': 'Sao chép trích dẫn',
  'cite.short': 'Trích dẫn',
  'cite.of': 'Trích dẫn: {what}',
  'cite.copyAs': 'Sao chép trích dẫn ({format})',
  'cite.format': 'Định dạng trích dẫn',
  'cite.format.plain': 'văn bản thường',
  'cite.format.markdown': 'Markdown',
  'cite.copied': 'Đã sao chép trích dẫn.',
  'cite.failed': 'Không sao chép được: {error}',
  // Options: colour names, citations
  'options.colourNames': 'Tên các màu ghi chú',
  'options.colourNamesHelp':
    'Mỗi màu mang một ý nghĩa do bạn đặt. Tên hiện trong khung ghi chú, cửa sổ bật lên, bộ lọc và các tệp xuất (Markdown, W3C). Để trống để dùng tên mặc định.',
  'options.colourName': 'Tên cho màu {colour}',
  'options.citations': 'Trích dẫn',
  'options.citationsHelp': 'Nút “Trích dẫn” chép đoạn trích cùng người nói, tên bài, tờ báo, ngày đăng và liên kết.',
  // In-page: what the panel's toggles change, hiding every highlight
  'page.kindsHere': 'Hiện trên trang này',
  'page.kindsHereHelp': 'Chỉ cho trang này, không lưu lại. Đổi cho mọi trang trong Cài đặt.',
  'page.openSettings': 'Mở Cài đặt',
  'page.hideAll': 'Ẩn mọi tô sáng trên trang này',
  'page.hiddenAll': 'Đã ẩn mọi tô sáng trên trang này. Phím tắt hoặc bảng thực thể sẽ hiện lại.',
  'page.shownAll': 'Đã hiện lại các tô sáng.',
} as const;

export const notesEn: Record<keyof typeof notesVi, string> = {
  'colourName.yellow': 'Important',
  'colourName.green': 'Fact or figure',
  'colourName.blue': 'To cite',
  'colourName.pink': 'Question',
  'colourName.purple': 'Follow up',
  'colourName.orange': 'To verify',
  'articleNote.badge': 'Whole article',
  'articleNote.title': 'Notes on the whole article',
  'articleNote.add': 'Add a note on this article',
  'articleNote.placeholder': 'What do you make of the whole article? (Markdown allowed)',
  'articleNote.save': 'Save note',
  'articleNote.empty': 'The note is empty: write something or add a tag.',
  'tags.suggestions': 'Tags you have used',
  'tags.uses': '{n} uses',
  'cite.copy': 'Copy citation',
  'cite.short': 'Cite',
  'cite.of': 'Cite: {what}',
  'cite.copyAs': 'Copy citation ({format})',
  'cite.format': 'Citation format',
  'cite.format.plain': 'plain text',
  'cite.format.markdown': 'Markdown',
  'cite.copied': 'Citation copied.',
  'cite.failed': 'Could not copy: {error}',
  'options.colourNames': 'Names of the note colours',
  'options.colourNamesHelp':
    'Give each colour your own meaning. Names show in the note editor, the popup, the filters and the exports (Markdown, W3C). Leave empty for the default name.',
  'options.colourName': 'Name for {colour}',
  'options.citations': 'Citations',
  'options.citationsHelp':
    '“Cite” copies the quote with its speaker, the article’s title, the outlet, its date and a link.',
  'page.kindsHere': 'Show on this page',
  'page.kindsHereHelp': 'This page only, not saved. To change every site, use Settings.',
  'page.openSettings': 'Open Settings',
  'page.hideAll': 'Hide all highlights on this page',
  'page.hiddenAll': 'All highlights are hidden on this page. The shortcut or the entity panel shows them again.',
  'page.shownAll': 'Highlights are shown again.',
};
