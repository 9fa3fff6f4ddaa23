/**
 * The extension's one element in the page: a plain <div> (a name no page can define first as a
 * custom element) with a closed shadow root holding the floating button, the layer that draws
 * the reader's highlights and the frames. It sits at the document's origin, takes no room and no
 * pointer events of its own, carries no attribute of ours, and is put back if the page removes,
 * moves or restyles it.
 */
export interface UiHost {
  root: ShadowRoot;
  /** The document position (top left) of the host, to place things in page coordinates. */
  origin(): { left: number; top: number };
  remove(): void;
}

const HOST_STYLE =
  'all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important;' +
  'width: 0 !important; height: 0 !important; overflow: visible !important; display: block !important;' +
  'pointer-events: none !important; z-index: 2147483645 !important; contain: none !important;';

export function createUiHost(doc: Document = document): UiHost {
  const host = doc.createElement('div');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  doc.documentElement.append(host);
  // Frameworks re-render <html> or <body>; a page may remove what it does not know, or move it
  // into an element of its own. Put it back, a child of <html>. A page may also restyle it (fade
  // it, to have the reader click what they cannot see) or mark it inert or hidden: it keeps no
  // attribute but its own style.
  const keep = new MutationObserver(() => {
    if (host.parentNode !== doc.documentElement) doc.documentElement.append(host);
    for (const a of [...host.attributes]) if (a.name !== 'style') host.removeAttribute(a.name);
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
  });
  keep.observe(doc.documentElement, { childList: true });
  keep.observe(host, { attributes: true });
  return {
    root,
    origin() {
      const r = host.getBoundingClientRect();
      return { left: r.left, top: r.top };
    },
    remove() {
      keep.disconnect();
      host.remove();
    },
  };
}

/** The host, made on first use (a page gets no element of ours until it has something to show). */
export function lazyUiHost(): { get(): UiHost; remove(): void } {
  let host: UiHost | undefined;
  return {
    get: () => (host ??= createUiHost()),
    remove: () => host?.remove(),
  };
}
