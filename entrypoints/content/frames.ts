/**
 * The extension's frames in the page (card, note editor, panel): made lazily inside the UI host's
 * closed shadow root, each with a fresh nonce in its address, connected by a Port only they know
 * the name of, positioned and sized here. Their content has the extension's origin, so the page
 * can neither read it nor drive it, nor take the keyboard from them (focus-guard.ts). Where they
 * are is not hidden: the page can find an iframe on screen (elementFromPoint), and whether its own
 * document has focus.
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
import { guardFocus } from './focus-guard';
import { obscured } from './obscured';

/**
 * Where a frame goes, in viewport pixels: near a point, or docked at the bottom right. Near a
 * point it never covers the line `avoid`: below it, or above it when `prefer` says so (the
 * pointer came from below, heading up) or when there is no room below.
 */
export type Placement =
  | { at: 'point'; x: number; y: number; avoid?: DOMRect; prefer?: 'above' | 'below' }
  | { at: 'dock' };

const WIDTH: Record<Surface, number> = { card: 340, editor: 310, panel: 360 };
/** The editor above a card above the panel, whichever opened first: what the reader writes in is never covered. */
const LAYER: Record<Surface, number> = { panel: 2147483645, card: 2147483646, editor: 2147483647 };

interface FrameSlot {
  iframe: HTMLIFrameElement;
  port?: Browser.runtime.Port;
  ready: boolean;
  /** The last message, sent again once the frame is ready. */
  pending?: ToFrame;
  placement?: Placement;
  height: number;
  open: boolean;
  /** Focus was asked for before the frame was ready: it takes it once ready. */
  wantsFocus?: boolean;
}

export interface Frames {
  show(surface: Surface, message: ToFrame, placement: Placement, focus?: boolean): void;
  hide(surface: Surface): void;
  isOpen(surface: Surface): boolean;
  /** The surface whose frame has focus now, if any. */
  focusedSurface(): Surface | null;
  focus(surface: Surface): void;
  /** Takes focus out of whichever frame has it. */
  blur(): void;
  /** Focus leaves a frame next by this script's hand, not the page's (focus-guard.ts). */
  release(): void;
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
  // A frame reloads when the page moves our element: it connects again under its name, and the
  // new port takes the old one's place (the name stays ours for as long as the frame lives).
  const onConnect = (port: Browser.runtime.Port) => {
    const accept = waiting.get(port.name);
    if (!accept || port.sender?.id !== browser.runtime.id) return;
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
    let height = Math.min(Math.max(slot.height, 40), maxHeight);
    let left: number;
    let top: number;
    const p = slot.placement;
    // A card taller than the room on either side of the line it keeps off is cut to the larger
    // room (its frame scrolls), not laid over the line.
    if (p.at === 'point' && p.avoid) {
      const room = Math.max(vh - p.y - 8, p.avoid.top - 16);
      if (height > room && room >= 120) height = room;
    }
    if (p.at === 'dock') {
      left = vw - width - 16;
      top = vh - height - 70;
    } else {
      left = Math.max(8, Math.min(p.x, vw - width - 8));
      const above = p.avoid ? p.avoid.top - height - 8 : -1;
      const roomBelow = p.y + height + 8 <= vh;
      top = p.avoid && (p.prefer === 'above' ? above >= 8 || !roomBelow : !roomBelow) ? above : p.y;
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
        `box-shadow: 0 8px 28px rgba(0,0,0,.22); background: transparent; color-scheme: normal; z-index: ${LAYER[surface]};`,
    );
    iframe.setAttribute('title', 'VN News Annotator');
    // The frame connects to this tab's content script under its nonce (see onConnect below).
    waiting.set(portName(id), (port) => {
      if (slot.port) slot.port.disconnect();
      slot.ready = false;
      slot.port = port;
      port.onMessage.addListener((raw: unknown) => {
        const m = parseFromFrame(raw);
        if (!m) return;
        if (m.t === 'ready') {
          slot.ready = true;
          onMessage(surface, m);
          if (slot.pending) port.postMessage(slot.pending);
          if (slot.wantsFocus && slot.open) {
            slot.wantsFocus = false;
            slot.iframe.focus();
            guard.focused(surface, true);
            port.postMessage({ t: 'focus' } satisfies ToFrame);
          }
          return;
        }
        if (m.t === 'tab') return guard.tabbed();
        if (m.t === 'check-shown')
          return port.postMessage({ t: 'shown', ok: !obscured(root.host, iframe) } satisfies ToFrame);
        if (m.t === 'focused') return guard.focused(surface, m.on);
        if (m.t === 'size') {
          slot.height = m.height;
          return layout(surface, slot);
        }
        onMessage(surface, m);
      });
      port.onDisconnect.addListener(() => {
        if (slot.port !== port) return;
        slot.port = undefined;
        slot.ready = false;
      });
    });
    iframe.src = pageUrl + frameHash(surface, id);
    root.append(iframe);
    slots.set(surface, slot);
    return slot;
  };

  const guard = guardFocus(
    root,
    (surface) => !!slots.get(surface)?.open,
    (surface) => focusFrame(surface, true),
  );
  const focusFrame = (surface: Surface, taken = false) => {
    const slot = slots.get(surface);
    if (!slot?.open) return;
    // Focusing the element that is already active does nothing: let go of it first.
    if (root.activeElement instanceof HTMLElement) root.activeElement.blur();
    slot.iframe.focus();
    guard.focused(surface, true);
    // The frame puts focus back on what had it inside (the entity the reader was on).
    if (slot.ready) slot.port?.postMessage({ t: 'focus', taken } satisfies ToFrame);
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
      if (!focus) return;
      slot.iframe.focus();
      guard.focused(surface, true);
      if (slot.ready) slot.port?.postMessage({ t: 'focus' } satisfies ToFrame);
      else slot.wantsFocus = true;
    },
    hide(surface) {
      const slot = slots.get(surface);
      if (!slot?.open) return;
      slot.open = false;
      slot.wantsFocus = false;
      slot.pending = { t: 'hidden' };
      if (slot.ready) slot.port?.postMessage(slot.pending);
      layout(surface, slot);
    },
    isOpen: (surface) => !!slots.get(surface)?.open,
    focusedSurface() {
      const active = root.activeElement;
      for (const [surface, slot] of slots) if (slot.iframe === active && slot.open) return surface;
      return null;
    },
    focus: (surface) => focusFrame(surface),
    release: () => guard.release(),
    blur() {
      const active = root.activeElement;
      if (active instanceof HTMLElement) active.blur();
    },
    destroy() {
      waiting.clear();
      guard.destroy();
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
