/**
 * The extension's frames in the page (card, note editor, panel): made lazily inside the UI host's
 * closed shadow root, each with a fresh nonce in its address, connected by a Port only they know
 * the name of, positioned and sized here. Their content has the extension's origin, so the page
 * can neither read it nor drive it; even their size and place are out of the page's sight.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  frameHash,
  parseFromFrame,
  portName,
  type FromFrame,
  type Surface,
  type ToFrame,
} from '@/utils/frames/protocol';

/** Where a frame goes, in viewport pixels: near a point, or docked at the bottom right. */
export type Placement = { at: 'point'; x: number; y: number; avoid?: DOMRect } | { at: 'dock' };

const WIDTH: Record<Surface, number> = { card: 340, editor: 310, panel: 360 };

interface FrameSlot {
  iframe: HTMLIFrameElement;
  port?: Browser.runtime.Port;
  ready: boolean;
  /** The last message, sent again once the frame is ready. */
  pending?: ToFrame;
  placement?: Placement;
  height: number;
  open: boolean;
}

export interface Frames {
  show(surface: Surface, message: ToFrame, placement: Placement, focus?: boolean): void;
  hide(surface: Surface): void;
  isOpen(surface: Surface): boolean;
  destroy(): void;
}

function nonce(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createFrames(root: ShadowRoot, onMessage: (surface: Surface, m: FromFrame) => void): Frames {
  const slots = new Map<Surface, FrameSlot>();
  const pageUrl = browser.runtime.getURL('/frame.html');
  /** Frames made here and not yet connected, by the port name they will use. */
  const waiting = new Map<string, (port: Browser.runtime.Port) => void>();
  // Only the extension's own pages can open a port to a content script (tabs.connect), and only
  // a frame made here knows one of these names: the page, or a frame it made itself, cannot.
  const onConnect = (port: Browser.runtime.Port) => {
    const accept = waiting.get(port.name);
    if (!accept || port.sender?.id !== browser.runtime.id) return;
    waiting.delete(port.name);
    accept(port);
  };
  browser.runtime.onConnect.addListener(onConnect);

  const layout = (surface: Surface, slot: FrameSlot) => {
    const s = slot.iframe.style;
    if (!slot.open || !slot.placement) return void s.setProperty('display', 'none', 'important');
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = window.innerHeight;
    const width = Math.min(WIDTH[surface], vw - 16);
    const maxHeight = surface === 'panel' ? Math.min(vh * 0.7, 640) : vh - 16;
    const height = Math.min(Math.max(slot.height, 40), maxHeight);
    let left: number;
    let top: number;
    const p = slot.placement;
    if (p.at === 'dock') {
      left = vw - width - 16;
      top = vh - height - 70;
    } else {
      left = Math.max(8, Math.min(p.x, vw - width - 8));
      // Below the point; above the line it names when there is no room below.
      top = p.y + height + 8 > vh && p.avoid ? p.avoid.top - height - 8 : p.y;
      top = Math.max(8, Math.min(top, vh - height - 8));
    }
    s.setProperty('display', 'block', 'important');
    s.setProperty('left', `${Math.round(left)}px`, 'important');
    s.setProperty('top', `${Math.round(top)}px`, 'important');
    s.setProperty('width', `${width}px`, 'important');
    s.setProperty('height', `${height}px`, 'important');
  };

  const make = (surface: Surface): FrameSlot => {
    const iframe = document.createElement('iframe');
    const id = nonce();
    const slot: FrameSlot = { iframe, ready: false, height: 0, open: false };
    iframe.setAttribute(
      'style',
      'position: fixed; border: 0; margin: 0; padding: 0; border-radius: 10px; display: none; pointer-events: auto;' +
        'box-shadow: 0 8px 28px rgba(0,0,0,.22); background: transparent; color-scheme: normal;' +
        // The editor opened from the panel (a note on the article, a note not found) sits above it.
        `z-index: ${surface === 'editor' ? 2147483647 : 2147483646};`,
    );
    iframe.setAttribute('title', 'VN News Annotator');
    // The frame connects to this tab's content script under its nonce (see onConnect below).
    waiting.set(portName(id), (port) => {
      slot.port = port;
      port.onMessage.addListener((raw: unknown) => {
        const m = parseFromFrame(raw);
        if (!m) return;
        if (m.t === 'ready') {
          slot.ready = true;
          onMessage(surface, m);
          if (slot.pending) port.postMessage(slot.pending);
          return;
        }
        if (m.t === 'size') {
          slot.height = m.height;
          return layout(surface, slot);
        }
        onMessage(surface, m);
      });
      port.onDisconnect.addListener(() => {
        slot.port = undefined;
        slot.ready = false;
      });
    });
    iframe.src = pageUrl + frameHash(surface, id);
    root.append(iframe);
    slots.set(surface, slot);
    return slot;
  };

  const onResize = () => {
    for (const [surface, slot] of slots) layout(surface, slot);
  };
  window.addEventListener('resize', onResize);

  return {
    show(surface, message, placement, focus = false) {
      const slot = slots.get(surface) ?? make(surface);
      slot.pending = message;
      slot.placement = placement;
      slot.open = true;
      if (slot.ready) slot.port?.postMessage(message);
      layout(surface, slot);
      if (focus) slot.iframe.focus();
    },
    hide(surface) {
      const slot = slots.get(surface);
      if (!slot?.open) return;
      slot.open = false;
      slot.pending = { t: 'hidden' };
      if (slot.ready) slot.port?.postMessage(slot.pending);
      layout(surface, slot);
    },
    isOpen: (surface) => !!slots.get(surface)?.open,
    destroy() {
      window.removeEventListener('resize', onResize);
      browser.runtime.onConnect.removeListener(onConnect);
      for (const slot of slots.values()) {
        slot.port?.disconnect();
        slot.iframe.remove();
      }
      slots.clear();
    },
  };
}
