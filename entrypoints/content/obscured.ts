/**
 * Whether the page covers, fades or distorts one of the extension's frames: what Chromium's
 * IntersectionObserver v2 tells the frame itself (components/frame/visibility.ts), looked at
 * from the content script where the browser has none (Firefox). The frames sit in the extension's
 * element, a child of <html> after <body> with a z-index near the highest, so the page can hide
 * them only by
 * - an effect on <html> (which holds that element) or on the element itself: opacity, a filter,
 *   a transform, a clip, a mask, a blend, hidden visibility;
 * - an element of the top layer over the frame (an open popover or modal dialog, a fullscreen one);
 * - an element with a higher z-index over the frame (one nested in a lower stacking context is
 *   not above it, but is counted: the page has no reason to stack so high);
 * - an element after the extension's among <html>'s children, which a tie in z-index puts above it
 *   (or <body> itself, if the page moved the extension's element before it).
 * Conservative: any of these over the frame's rectangle is "obscured", whether or not it shows.
 * It reads every element's style: run it for an action the reader takes, not on every frame.
 */
const EFFECTS: [keyof CSSStyleDeclaration, string][] = [
  ['filter', 'none'],
  ['transform', 'none'],
  ['clipPath', 'none'],
  ['maskImage', 'none'],
  ['mixBlendMode', 'normal'],
  ['visibility', 'visible'],
];

const TOP_LAYER = [':modal', ':popover-open', ':fullscreen'];

/** The page's elements in the top layer (a selector the browser does not know finds none). */
function topLayer(): Element[] {
  return TOP_LAYER.flatMap((selector) => {
    try {
      return [...document.querySelectorAll(selector)];
    } catch {
      return [];
    }
  });
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.width > 0 && a.height > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function hasEffect(el: Element): boolean {
  const style = getComputedStyle(el);
  if (Number.parseFloat(style.opacity) < 1) return true;
  return EFFECTS.some(([name, plain]) => {
    const value = style[name];
    return typeof value === 'string' && value !== '' && value !== plain;
  });
}

/** `host`: the extension's element; `frame`: the iframe shown in it. */
export function obscured(host: Element, frame: Element): boolean {
  if (hasEffect(document.documentElement) || hasEffect(host) || hasEffect(frame)) return true;
  const box = frame.getBoundingClientRect();
  for (const el of topLayer()) if (overlaps(el.getBoundingClientRect(), box)) return true;
  for (let next = host.nextElementSibling; next; next = next.nextElementSibling)
    if (overlaps(next.getBoundingClientRect(), box)) return true;
  const ours = Number.parseInt(getComputedStyle(host).zIndex, 10) || 0;
  for (const el of document.body?.querySelectorAll('*') ?? []) {
    const z = Number.parseInt(getComputedStyle(el).zIndex, 10);
    if (z > ours && overlaps(el.getBoundingClientRect(), box)) return true;
  }
  return false;
}
