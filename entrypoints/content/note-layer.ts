/**
 * Draws the reader's own highlights as boxes in the UI host's closed shadow root, over the text,
 * instead of in the document-wide CSS.highlights registry: the page can read that registry, and
 * which passages a reader noted (and in which colours) is theirs. The boxes take no pointer
 * events and no layout room; they are redrawn when the page's layout moves.
 */
import type { UiHost } from './host';

export interface NoteBox {
  range: Range;
  /** A CSS colour. */
  colour: string;
}

export interface NoteLayer {
  draw(boxes: NoteBox[]): void;
  /** Boxes drawn now (for the tests that look inside the shadow root through DevTools). */
  readonly count: number;
  destroy(): void;
}

/** `host` is asked for on the first box drawn: a page without notes gets nothing of ours. */
export function createNoteLayer(host: () => UiHost, watch: () => Element[]): NoteLayer {
  let layer: HTMLDivElement | undefined;
  const ensure = () => {
    if (layer) return layer;
    layer = document.createElement('div');
    layer.setAttribute('style', 'position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none;');
    layer.dataset.layer = 'notes';
    host().root.append(layer);
    return layer;
  };
  // Dark pages get a lightening blend so the text stays readable under the colour.
  let blend: string | undefined;
  let current: NoteBox[] = [];
  let drawn = 0;

  const paint = () => {
    if (!current.length && !layer) return;
    const target = ensure();
    blend ??= isDark() ? 'screen' : 'multiply';
    const o = host().origin();
    const frag = document.createDocumentFragment();
    drawn = 0;
    for (const { range, colour } of current) {
      for (const r of mergedLineRects(range)) {
        const box = document.createElement('div');
        box.setAttribute(
          'style',
          `position: absolute; left: ${r.left - o.left}px; top: ${r.top - o.top}px; width: ${r.width}px; height: ${r.height}px;` +
            `background: ${colour}; mix-blend-mode: ${blend}; opacity: .75; border-radius: 2px;`,
        );
        frag.append(box);
        drawn++;
      }
    }
    target.replaceChildren(frag);
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
  const resize = new ResizeObserver(repaint);
  const observeAll = () => {
    resize.disconnect();
    resize.observe(document.documentElement);
    for (const el of watch()) resize.observe(el);
  };
  window.addEventListener('resize', repaint);
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
      layer?.remove();
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
