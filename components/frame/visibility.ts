/**
 * Whether the reader sees a frame's content as it is drawn: not covered by the page, nor faded,
 * filtered or transformed by it (IntersectionObserver v2's `isVisible`, in Chromium). A page can
 * lay a transparent decoy over the note editor, or fade the extension's element, and have the
 * reader click Delete without knowing: an action that loses the reader's words asks first.
 * Unknown (undefined) where the browser cannot tell (Firefox): the action goes ahead.
 */
interface VisibilityEntry extends IntersectionObserverEntry {
  isVisible?: boolean;
}

export interface VisibilityWatch {
  /** The last answer: true, false, or undefined when the browser cannot tell. */
  visible(): boolean | undefined;
  stop(): void;
}

export function watchVisibility(target: Element): VisibilityWatch {
  let last: boolean | undefined;
  let io: IntersectionObserver | undefined;
  try {
    io = new IntersectionObserver(
      (entries) => {
        for (const e of entries as VisibilityEntry[]) if (typeof e.isVisible === 'boolean') last = e.isVisible;
      },
      // (trackVisibility needs a delay of at least 100 ms.)
      { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    io.observe(target);
  } catch {
    io = undefined;
  }
  return { visible: () => last, stop: () => io?.disconnect() };
}
