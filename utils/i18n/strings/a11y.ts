/**
 * Strings of the keyboard and accessibility parts: the floating button's label, the shortcut
 * sheet (popup, panel, welcome page), the card's keyboard actions. Same rules as strings.ts.
 */
export const a11yVi = {
  'page.fab': '{n} thực thể',
  'page.fabOne': '1 thực thể',
  'page.noteMention': 'Ghi chú đoạn này',
  'page.shortcutsButton': 'Phím tắt (?)',
  'keys.title': 'Phím tắt',
  'keys.action': 'Việc',
  'keys.keys': 'Phím',
  'keys.unset': 'chưa đặt',
  'keys.cmd.highlight-selection': 'Tô sáng đoạn đã chọn và ghi chú',
  'keys.cmd.toggle-panel': 'Mở hoặc đóng bảng thực thể',
  'keys.inPanel': 'Trong bảng, thẻ thông tin và khung ghi chú',
  'keys.tab': 'Chuyển giữa các nút',
  'keys.enter': 'Mở tên đang chọn: thẻ thông tin của nó',
  'keys.escape': 'Đóng, trở lại trang',
  'keys.help': 'Hiện hoặc ẩn bảng phím tắt này',
  'keys.save': 'Lưu ghi chú',
  'keys.change': 'Đổi phím tắt',
  'keys.changeChrome': 'Trong Chrome, Edge: trang chrome://extensions/shortcuts.',
  'keys.changeFirefox':
    'Trong Firefox: about:addons → biểu tượng bánh răng → Quản lý phím tắt tiện ích (tiện ích không tự mở được trang này).',
  'keys.open': 'Mở trang đổi phím tắt',
  'keys.back': 'Trở lại bảng thực thể',
  'options.sections': 'Các mục cài đặt',
  'options.hardOnLight': 'Màu này khó thấy trên trang nền sáng ({ratio} : 1, cần 3 : 1).',
  'options.hardOnDark': 'Màu này khó thấy trên trang nền tối ({ratio} : 1, cần 3 : 1).',
} as const;

export const a11yEn: Record<keyof typeof a11yVi, string> = {
  'page.fab': '{n} entities',
  'page.fabOne': '1 entity',
  'page.noteMention': 'Note this mention',
  'page.shortcutsButton': 'Shortcuts (?)',
  'keys.title': 'Keyboard shortcuts',
  'keys.action': 'Action',
  'keys.keys': 'Keys',
  'keys.unset': 'not set',
  'keys.cmd.highlight-selection': 'Highlight the selected text and add a note',
  'keys.cmd.toggle-panel': 'Open or close the entity panel',
  'keys.inPanel': 'In the panel, the card and the note editor',
  'keys.tab': 'Move between controls',
  'keys.enter': 'Open the chosen name: its card',
  'keys.escape': 'Close, back to the page',
  'keys.help': 'Show or hide this list of shortcuts',
  'keys.save': 'Save the note',
  'keys.change': 'Change a shortcut',
  'keys.changeChrome': 'In Chrome and Edge: the page chrome://extensions/shortcuts.',
  'keys.changeFirefox':
    'In Firefox: about:addons → the gear menu → Manage Extension Shortcuts (an extension cannot open that page itself).',
  'keys.open': 'Open the shortcut settings',
  'keys.back': 'Back to the entity panel',
  'options.sections': 'Settings sections',
  'options.hardOnLight': 'This colour is hard to see on light pages ({ratio} : 1; 3 : 1 is needed).',
  'options.hardOnDark': 'This colour is hard to see on dark pages ({ratio} : 1; 3 : 1 is needed).',
};
