/**
 * Draws the reader's own highlights as boxes in the UI host's closed shadow root, over the text,
 * instead of in the document-wide CSS.highlights registry: the page can read that registry, and
 * which passages a reader noted (and in which colours) is theirs. The boxes take no pointer
 * events and no layout room; they are redrawn when the page's layout moves.
 *
 * Nor do they add to the document's scrollable overflow, which a page reads (scrollWidth): a page
 * that clips its own text and shifts one paragraph far aside would learn, from the overflow a box
 * left, which paragraph holds a note and where it starts and ends. The boxes sit in a window the
 * size of the viewport, fixed, clipped and strictly contained, moved with the document's scroll.
 */
import { NOTE_DARK_OPACITY, NOTE_EDGE, NOTE_FILL, NOTE_LIGHT_OPACITY } from '@/utils/a11y/palette';
import type { HighlightColour } from '@/utils/model';
import type { UiHost } from './host';

export interface NoteBox {
  range: Range;
  colour: HighlightColour;
}

/** A box of another layer (the entities' in forced colours): its range and its own style. */
export interface StyledBox {
  range: Range;
  css: string;
}

/**
 * One box's look. A light page: the fill multiplied into the text (dark text stays dark) and a
 * stronger line under it. A dark page: the fill laid over thinly (a lightening blend would wash
 * light text out) with the fill as the line. Forced colours: no fill at all (the browser would
 * paint it opaque over the text), a frame in the system's highlight colour.
 */
export function boxStyle(colour: HighlightColour, page: 'light' | 'dark' | 'forced'): string {
  if (page === 'forced') return 'forced-color-adjust: none; outline: 2px solid Highlight; outline-offset: 1px;';
  const fill = NOTE_FILL[colour];
  if (page === 'dark') return `background: ${withAlpha(fill, NOTE_DARK_OPACITY)}; box-shadow: inset 0 -2px 0 ${fill};`;
  return (
    `background: ${withAlpha(fill, NOTE_LIGHT_OPACITY)}; mix-blend-mode: multiply;` +
    `box-shadow: inset 0 -2px 0 ${NOTE_EDGE[colour]};`
  );
}

/** `#rrggbb` at an opacity, as `#rrggbbaa`. */
const withAlpha = (hex: string, opacity: number) =>
  hex +
  Math.round(opacity * 255)
    .toString(16)
    .padStart(2, '0');

export interface NoteLayer {
  draw(boxes: (NoteBox | StyledBox)[]): void;
  /** Boxes drawn now (for the tests that look inside the shadow root through DevTools). */
  readonly count: number;
  destroy(): void;
}

/**
 * `host` is asked for on the first box drawn: a page without notes gets nothing of ours. `name`
 * tells layers apart (the notes', the entities' in forced colours), and puts the notes on top.
 */
export function createNoteLayer(host: () => UiHost, watch: () => Element[], name = 'notes'): NoteLayer {
  let layer: HTMLDivElement | undefined;
  let clip: HTMLDivElement | undefined;
  const ensure = () => {
    if (layer) return layer;
    clip = document.createElement('div');
    clip.setAttribute('style', 'position: fixed; inset: 0; overflow: clip; contain: strict; pointer-events: none;');
    // Boxes in document coordinates (from the host's origin), the layer moved to the viewport's.
    layer = document.createElement('div');
    layer.setAttribute('style', 'position: absolute; top: 0; left: 0; width: 0; height: 0;');
    layer.dataset.layer = name;
    clip.append(layer);
    host().root.append(clip);
    return layer;
  };
  /** Moves the layer with the document's scroll: the boxes' document places to the viewport. */
  const place = (o = host().origin()) => {
    if (layer) layer.style.transform = `translate(${o.left}px, ${o.top}px)`;
  };
  // Whether the page is dark is read once, when the first box is drawn.
  let dark: boolean | undefined;
  const forced = window.matchMedia?.('(forced-colors: active)');
  let current: (NoteBox | StyledBox)[] = [];
  let drawn = 0;

  const paint = () => {
    if (!current.length && !layer) return;
    const target = ensure();
    dark ??= isDark();
    const page = forced?.matches ? 'forced' : dark ? 'dark' : 'light';
    const o = host().origin();
    const frag = document.createDocumentFragment();
    drawn = 0;
    for (const b of current) {
      const css = 'css' in b ? b.css : boxStyle(b.colour, page);
      for (const r of mergedLineRects(b.range)) {
        const box = document.createElement('div');
        box.setAttribute(
          'style',
          `position: absolute; left: ${r.left - o.left}px; top: ${r.top - o.top}px; width: ${r.width}px; height: ${r.height}px;` +
            `border-radius: 2px; ${css}`,
        );
        frag.append(box);
        drawn++;
      }
    }
    target.replaceChildren(frag);
    place(o);
  };

  let scheduled = false;
  const repaint = () => {
    if (scheduled || !current.length) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      paint();
    });
  };
  // The document scrolled: the layer moves. Another scroller: its text moved in the document.
  const scrolled = (e: Event) => {
    if (!current.length) return;
    if (e.target === document) place();
    else repaint();
  };
  const resize = new ResizeObserver(repaint);
  const observeAll = () => {
    resize.disconnect();
    resize.observe(document.documentElement);
    for (const el of watch()) resize.observe(el);
  };
  window.addEventListener('resize', repaint);
  window.addEventListener('scroll', scrolled, { capture: true, passive: true });
  forced?.addEventListener?.('change', repaint);
  void document.fonts?.ready.then(repaint);

  return {
    draw(boxes) {
      current = boxes;
      observeAll();
      paint();
    },
    get count() {
      return drawn;
    },
    destroy() {
      resize.disconnect();
      window.removeEventListener('resize', repaint);
      window.removeEventListener('scroll', scrolled, { capture: true });
      forced?.removeEventListener?.('change', repaint);
      clip?.remove();
    },
  };
}

/** The range's rectangles, one per line where the browser gives several pieces of a line. */
function mergedLineRects(range: Range): DOMRect[] {
  const out: DOMRect[] = [];
  for (const r of Array.from(range.getClientRects())) {
    if (r.width < 0.5 || r.height < 0.5) continue;
    const last = out[out.length - 1];
    if (last && Math.abs(last.top - r.top) < 2 && Math.abs(last.bottom - r.bottom) < 2 && r.left <= last.right + 2) {
      const right = Math.max(last.right, r.right);
      out[out.length - 1] = new DOMRect(last.left, last.top, right - last.left, last.height);
    } else out.push(r);
  }
  return out;
}

function isDark(): boolean {
  const bg = getComputedStyle(document.body ?? document.documentElement).backgroundColor;
  const m = bg.match(/\d+(\.\d+)?/g);
  if (!m || (m.length === 4 && Number(m[3]) === 0)) return false;
  const [r, g, b] = m.map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.4;
}
