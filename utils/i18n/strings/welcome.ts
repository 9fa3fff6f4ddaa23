/** Strings of the welcome page, opened once on install. Same rules as strings.ts. */
export const welcomeVi = {
  'welcome.title': 'Chào mừng đến với Chú giải báo chí VN',
  'welcome.intro':
    'Tiện ích làm việc trên các bài báo chính trị của {n} trang báo Việt Nam. Mở một bài, rồi thử ba việc dưới đây.',
  'welcome.sample': 'Ví dụ, trong một bài:',
  'welcome.legend': 'Cán bộ, lãnh đạo gạch liền; cơ quan, tổ chức gạch đứt; văn bản, nghị quyết gạch chấm.',
  'welcome.try1.title': 'Để chuột trên một tên được gạch chân',
  'welcome.try1.body':
    'Thẻ thông tin cho biết người đó giữ chức vụ gì vào ngày đăng bài và hiện nay, cơ quan đã sáp nhập vào đâu, văn bản do ai ban hành, kèm nguồn. Bằng bàn phím: mở bảng thực thể, chọn một tên, nhấn Enter.',
  'welcome.try2.title': 'Mở bảng thực thể',
  'welcome.try2.body':
    'Nút "{count}" ở góc dưới bên phải trang, hoặc phím {keys}. Bảng liệt kê mọi tên trong bài theo loại, và ghi chú của bạn. Trong bảng, nhấn ? để xem phím tắt.',
  'welcome.try3.title': 'Chọn một đoạn để ghi chú',
  'welcome.try3.body':
    'Chọn chữ bằng chuột: khung ghi chú hiện ra, với màu và thẻ. Hoặc chọn rồi nhấn {keys}, hoặc bấm chuột phải → Tô sáng và ghi chú. Mọi ghi chú tìm lại được ở nút của tiện ích trên thanh công cụ, gõ có dấu hay không dấu đều được.',
  'welcome.sites': 'Thử trên một bài của:',
  'welcome.allSites': 'Danh sách đầy đủ và cách bật từng trang ở Cài đặt.',
  'welcome.watch': 'Muốn tô sáng một tên chưa có sẵn? Thêm nó vào danh sách theo dõi trong Cài đặt.',
  'welcome.openWatch': 'Mở danh sách theo dõi',
  'welcome.private': 'Mọi thứ ở lại trên máy của bạn: tiện ích không gửi gì đi.',
  'welcome.unset': 'phím tắt (chưa đặt)',
} as const;

export const welcomeEn: Record<keyof typeof welcomeVi, string> = {
  'welcome.title': 'Welcome to VN News Annotator',
  'welcome.intro':
    'It works on political news articles of {n} Vietnamese news sites. Open one, then try these three things.',
  'welcome.sample': 'For example, in an article:',
  'welcome.legend':
    'Officials are underlined with a solid line, bodies with a dashed line, resolutions and documents with a dotted line.',
  'welcome.try1.title': 'Rest the pointer on an underlined name',
  'welcome.try1.body':
    "A card says what office the person held on the article's date and now, what a body was merged into, who issued a document, with sources. By keyboard: open the entity panel, choose a name, press Enter.",
  'welcome.try2.title': 'Open the entity panel',
  'welcome.try2.body':
    'The "{count}" button at the bottom right of the page, or {keys}. It lists every name in the article by kind, and your notes. In the panel, press ? for the shortcuts.',
  'welcome.try3.title': 'Select text to add a note',
  'welcome.try3.body':
    'Select text with the mouse: the note editor opens, with colours and tags. Or select it and press {keys}, or right-click → Highlight and annotate. Find every note again from the extension’s toolbar button, with or without accents.',
  'welcome.sites': 'Try it on an article of:',
  'welcome.allSites': 'The full list, and switching each site on or off, is in Settings.',
  'welcome.watch': 'Want a name highlighted that is not built in? Add it to the watch list in Settings.',
  'welcome.openWatch': 'Open the watch list',
  'welcome.private': 'Everything stays on your computer: the extension sends nothing anywhere.',
  'welcome.unset': 'its shortcut (not set)',
};
