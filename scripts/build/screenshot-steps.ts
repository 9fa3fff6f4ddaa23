/**
 * What the store screenshots show, and the reader's gestures that bring each view up: the one
 * place the screenshot script (scripts/build/screenshots.ts) knows about the page and the UI.
 * Everything goes through real input, as a reader would do it: the mouse hovers a name for the
 * card, the keyboard opens the panel, a mouse drag selects text for the note editor. No selector
 * reaches into the extension's UI, so the script keeps working when that UI moves (into frames,
 * another layout); whether a view came up is judged from the pixels (screenshots.ts).
 */
import type { Page } from 'playwright-core';
import { SEED_ARTICLE } from '../lib/fixtures';
import type { Lang } from '../../utils/settings/settings';
import { clickFab } from '../lib/extension-ui';

/** The article every screenshot is taken on (a saved page, served at its real address). */
export const SHOT_ARTICLE = SEED_ARTICLE;
/**
 * Its key as the extension stores it, for the notes seeded before the shots: the page's own
 * address (the fixture is served over plain http, so its https canonical link is another origin).
 */
export const SHOT_ARTICLE_KEY = `http://${SEED_ARTICLE.host}${SEED_ARTICLE.path}`;
export const SHOT_SIZE = { width: 1280, height: 800 } as const;

/** An official's name to hover (its n-th occurrence: one in the running text, near the top). */
const CARD_NAME = { text: 'Võ Văn Thưởng', nth: 2 };
/** A passage to select for the note editor. */
const SELECTION = 'TPHCM là một trong những địa phương có thực tiễn sôi động, nhiều kinh nghiệm';

/** Notes saved before the shots, so the page, the panel and the popup show a reader's work. */
export const SEEDED_NOTES: {
  quote: string;
  colour: 'yellow' | 'green' | 'blue';
  note: Record<Lang, string>;
  tags: Record<Lang, string[]>;
}[] = [
  {
    quote: 'Thường trực Ban Bí thư đặt vấn đề, những biện pháp triển khai thực hiện trong giai đoạn hiện nay',
    colour: 'yellow',
    note: {
      vi: 'Câu hỏi chính của đoàn khảo sát: so sánh với cách làm của Hà Nội.',
      en: 'The survey’s key question: compare with how Hà Nội does it.',
    },
    tags: { vi: ['nghị quyết 23', 'khảo sát'], en: ['resolution 23', 'survey'] },
  },
  {
    quote: 'Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải đã tóm tắt một số kết quả nổi bật',
    colour: 'green',
    note: { vi: 'Số liệu ở đoạn tiếp theo.', en: 'Figures in the next paragraph.' },
    tags: { vi: ['số liệu'], en: ['figures'] },
  },
];

export interface Gesture {
  /** File name stem of the screenshot. */
  name: string;
  /**
   * The least share of the picture the view must change (measured on a working build: card 1.2 %,
   * panel 2.4 %, editor 3.2 %; a selection without its editor changes 1.5 %).
   */
  minChange: number;
  /** What the picture shows (printed, and a caption for the store). */
  caption: Record<Lang, string>;
  /** Scrolls the article to where the view will come up (before the picture it is compared with). */
  prepare(page: Page): Promise<void>;
  /** Brings the view up. */
  run(page: Page): Promise<void>;
}

/** The options page's language menu: the reader picks the interface language there. */
export const LANGUAGE_MENU = '[data-testid="language"]';

export const PAGE_GESTURES: Gesture[] = [
  {
    name: '1-card',
    minChange: 0.004,
    caption: {
      vi: 'Tô sáng cán bộ, cơ quan, văn bản; thẻ thông tin cho biết chức vụ vào ngày đăng bài',
      en: 'Officials, bodies and documents highlighted; the card shows the office held on the article’s date',
    },
    prepare: (page) => scrollTo(page, CARD_NAME.text, CARD_NAME.nth),
    async run(page) {
      const p = await textBox(page, CARD_NAME.text, CARD_NAME.nth);
      await page.mouse.move(p.left + p.width * 0.3, p.top + p.height / 2, { steps: 5 });
    },
  },
  {
    name: '2-panel',
    minChange: 0.008,
    caption: {
      vi: 'Bảng thực thể: mọi tên trong bài, theo loại, và ghi chú của bạn',
      en: 'The entity panel: every name in the article, by kind, and your notes',
    },
    prepare: (page) => scrollTo(page, CARD_NAME.text, 0),
    async run(page) {
      // The floating button, clicked with the mouse (keys sent by automation never reach the
      // browser's own shortcuts, and the page gets no key handler of the extension's).
      await clickFab(page);
    },
  },
  {
    name: '3-note-editor',
    minChange: 0.024,
    caption: {
      vi: 'Chọn một đoạn để tô sáng và ghi chú, với màu và thẻ',
      en: 'Select a passage to highlight it and add a note, a colour and tags',
    },
    prepare: (page) => scrollTo(page, SELECTION),
    async run(page) {
      const box = await textBox(page, SELECTION);
      await page.mouse.move(box.left + 1, box.top + 4);
      await page.mouse.down();
      await page.mouse.move(box.right - 1, box.bottom - 4, { steps: 8 });
      await page.mouse.up();
    },
  },
];

/** The promotional tile's line under the name. */
export const PROMO_TAGLINE: Record<Lang, string> = {
  vi: 'Đọc kỹ báo chí chính trị: ai, cơ quan nào, văn bản nào, và ghi chú của bạn',
  en: 'Read political news closely: who, which body, which document, and your notes',
};

export const POPUP_CAPTION: Record<Lang, string> = {
  vi: 'Cửa sổ bật lên: ghi chú của bài, tìm kiếm không dấu, xuất Markdown, JSON, W3C',
  en: 'The popup: the article’s notes, accent-insensitive search, Markdown, JSON and W3C export',
};

/** Scrolls the n-th occurrence of `text` to the upper third of the window (room below for a card). */
async function scrollTo(page: Page, text: string, nth = 0): Promise<void> {
  await textBox(page, text, nth, true);
}

/**
 * The box of the n-th occurrence of `text` in the page's visible text (optionally scrolled into
 * place first). Throws when the text is absent, so a changed fixture fails loudly.
 */
export async function textBox(
  page: Page,
  text: string,
  nth = 0,
  scroll = false,
): Promise<{ left: number; top: number; right: number; bottom: number; width: number; height: number }> {
  const box = await page.evaluate(
    ([needle, n, move]) => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let t = w.nextNode() as Text | null; t; t = w.nextNode() as Text | null) {
        const i = t.data.normalize('NFC').indexOf(needle);
        if (i < 0 || seen++ < n) continue;
        const r = document.createRange();
        r.setStart(t, i);
        r.setEnd(t, i + needle.length);
        const top = r.getBoundingClientRect().top + window.scrollY;
        if (move) window.scrollTo(0, Math.max(0, top - window.innerHeight / 3));
        const rects = [...r.getClientRects()];
        const first = rects[0];
        const last = rects[rects.length - 1];
        return {
          left: first.left,
          top: first.top,
          right: last.right,
          bottom: last.bottom,
          width: first.width,
          height: first.height,
        };
      }
      return null;
    },
    [text, nth, scroll] as [string, number, boolean],
  );
  if (!box) throw new Error(`"${text}" (occurrence ${nth + 1}) is not on ${page.url()}`);
  return box;
}
