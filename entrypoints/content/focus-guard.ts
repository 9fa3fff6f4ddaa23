/**
 * Keeps the keyboard in the extension's frames while the reader is in one. The page's script can
 * always move focus out of a child frame (`someElement.focus()`), and then it hears every key the
 * reader goes on typing, meant for their note. Focus may leave a frame by the reader's hand only:
 * a pointer pressed in the page, a Tab pressed in the frame (the frame says so), or the window
 * itself losing focus. Any other way out is the page's doing: focus goes straight back to the
 * frame, which tells the reader.
 *
 * The page's document hears nothing when focus goes into an extension frame (it lives in another
 * process) nor, in Chromium, when it leaves one: each frame says when its window gains or loses
 * focus, and a focusin on the page's own element while a frame has it is the moment to act.
 */
import type { Surface } from '@/utils/frames/protocol';

/** How long after the reader's own pointer or Tab focus may still leave a frame. */
const GESTURE_MS = 1000;

export interface FocusGuard {
  /** A frame's window gained or lost focus (its message), or this script focused one (`on`). */
  focused(surface: Surface, on: boolean): void;
  /** The reader pressed Tab in a frame (its message may come just after focus has left). */
  tabbed(): void;
  /** The content script itself moves focus out next (a frame closing gives it back to the page). */
  release(): void;
  destroy(): void;
}

/**
 * `isOpen`: whether a surface's frame is shown. `giveBack`: puts focus back in that surface's
 * frame and tells it the page took it.
 */
export function guardFocus(
  root: ShadowRoot,
  isOpen: (surface: Surface) => boolean,
  giveBack: (surface: Surface) => void,
): FocusGuard {
  /** The frame that has focus, as far as this script knows. */
  let current: Surface | null = null;
  let gestureAt = Number.NEGATIVE_INFINITY;
  /** Where focus went when it was last given back, to follow the reader's Tab there after all. */
  let lastTaken: { to: HTMLElement; at: number } | undefined;
  const byReader = () => performance.now() - gestureAt < GESTURE_MS;
  const ours = (el: Element | null) => el === root.host || (!!el && root.contains(el));

  // The reader's pointer in the page while a frame has focus: it takes focus there (not the click
  // that opened the frame, made before it had focus).
  const onGesture = (e: Event) => {
    if (e.isTrusted && current) gestureAt = performance.now();
  };
  const taken = (surface: Surface) => {
    if (!isOpen(surface)) return void (current = null);
    giveBack(surface);
  };
  const onFocusIn = (e: Event) => {
    const to = e.target;
    if (!current || (to instanceof Element && ours(to))) return;
    const surface = current;
    if (byReader()) return void (current = null);
    if (to instanceof HTMLElement) lastTaken = { to, at: performance.now() };
    // Once the page's focus() has returned (inside it, a second focus change may be dropped),
    // before any key the reader types next can reach it.
    queueMicrotask(() => taken(surface));
  };

  for (const type of ['pointerdown', 'mousedown', 'touchstart']) window.addEventListener(type, onGesture, true);
  window.addEventListener('focusin', onFocusIn, true);
  return {
    focused(surface, on) {
      if (on) return void (current = surface);
      if (current !== surface) return;
      // Gone nowhere in the page: the window lost focus (the reader went elsewhere), or the page
      // blurred the frame and the keys now go to its body. Only the second is to undo.
      if (document.hasFocus() && !ours(document.activeElement) && !byReader()) return taken(surface);
      current = null;
    },
    tabbed() {
      gestureAt = performance.now();
      // The reader's Tab moved focus out before its message came: let it go where it went.
      if (lastTaken && performance.now() - lastTaken.at < GESTURE_MS && lastTaken.to.isConnected) {
        current = null;
        lastTaken.to.focus();
      }
      lastTaken = undefined;
    },
    release() {
      gestureAt = performance.now();
    },
    destroy() {
      for (const type of ['pointerdown', 'mousedown', 'touchstart']) window.removeEventListener(type, onGesture, true);
      window.removeEventListener('focusin', onFocusIn, true);
    },
  };
}
