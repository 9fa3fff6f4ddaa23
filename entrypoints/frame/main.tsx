/**
 * The extension's frame inside a news page: the card, the note editor or the panel, as its
 * address says. It only acts on what the content script that made it sends over their port
 * (which this frame opens, named with the nonce in its address), and on the reader's own input.
 */
import { render } from 'preact';
import { signal } from '@preact/signals';
import { browser, type Browser } from 'wxt/browser';
import { FrameApp } from '@/components/frame/FrameApp';
import { FRAME_CSS } from '@/components/frame/styles';
import { parseFrameHash, portName, type FromFrame, type ToFrame } from '@/utils/frames/protocol';
import { request } from '@/utils/messaging/client';

function main() {
  const where = parseFrameHash(location.hash);
  const root = document.getElementById('app');
  if (!where || !root) return;
  const style = document.createElement('style');
  style.textContent = FRAME_CSS;
  document.head.append(style);

  const message = signal<ToFrame | null>(null);
  // The page's script took the keyboard away from this frame and the content script gave it back.
  const focusTaken = signal(false);
  let tabbedAt = Number.NEGATIVE_INFINITY;
  // What had focus here last, to give it back when focus returns to this frame.
  let lastFocused: HTMLElement | null = null;
  document.addEventListener('focusin', (e) => {
    if (e.target instanceof HTMLElement) lastFocused = e.target;
  });
  // The content arrives with (or just before) this: wait a few frames for something to focus.
  const refocus = (tries = 20) => {
    const target = lastFocused?.isConnected
      ? lastFocused
      : document.querySelector<HTMLElement>('button, a[href], input, textarea, select');
    if (!target) {
      if (tries > 0) requestAnimationFrame(() => refocus(tries - 1));
      return;
    }
    // Focusing what is already this document's active element does nothing, not even bring focus
    // back into the frame: blur it first.
    if (document.activeElement === target) target.blur();
    window.focus();
    target.focus();
  };
  let port: Browser.runtime.Port | null = null;
  const send = (m: FromFrame) => port?.postMessage(m);
  // Whether the page shows this frame as drawn, asked of the content script (obscured.ts): no
  // answer in time counts as no.
  const shownWaiters: ((ok: boolean) => void)[] = [];
  const askShown = () =>
    new Promise<boolean>((resolve) => {
      shownWaiters.push(resolve);
      send({ t: 'check-shown' });
      setTimeout(() => {
        const i = shownWaiters.indexOf(resolve);
        if (i < 0) return;
        shownWaiters.splice(i, 1);
        resolve(false);
      }, 3000);
    });
  window.addEventListener('focus', () => {
    // Focus came back to this window with nothing of it focused (Firefox, when the page took the
    // keyboard and the content script gave it back): to what had it, before the next key comes,
    // not only when the content script's message arrives through the background.
    if (lastFocused?.isConnected && (document.activeElement === document.body || !document.activeElement))
      lastFocused.focus();
    send({ t: 'focused', on: true });
  });
  window.addEventListener('blur', () => send({ t: 'focused', on: false }));
  // The reader's Tab may move focus out to the page: tell the content script first, so it does not
  // take that for the page's script taking the keyboard.
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Tab' || !e.isTrusted) return;
      tabbedAt = performance.now();
      send({ t: 'tab' });
    },
    true,
  );
  // This frame opens the port to its own tab's content script (frame 0), under the name in its
  // address; the content script accepts only names of frames it made.
  void openPort(portName(where.nonce)).then((p) => {
    if (!p) return;
    port = p;
    p.onMessage.addListener((m: unknown) => {
      if (!m || typeof m !== 'object' || typeof (m as { t?: unknown }).t !== 'string') return;
      if ((m as { t: string }).t === 'focus') {
        // (Not after the reader's own Tab out of here, which the content script may see late.)
        if ((m as { taken?: unknown }).taken === true && performance.now() - tabbedAt > 1000) focusTaken.value = true;
        return refocus();
      }
      if ((m as { t: string }).t === 'shown') return shownWaiters.shift()?.((m as { ok?: unknown }).ok === true);
      if ((m as { t: string }).t !== 'hidden') focusTaken.value = false;
      const lang = (m as { lang?: unknown }).lang;
      // What a screen reader reads the frame in: the reader's interface language.
      if (lang === 'vi' || lang === 'en') document.documentElement.lang = lang;
      message.value = m as ToFrame;
    });
    p.onDisconnect.addListener(() => {
      port = null;
      message.value = null;
    });
    send({ t: 'ready' });
  });

  // The content script sizes the iframe to what is shown.
  const report = () => {
    const r = root.getBoundingClientRect();
    send({ t: 'size', width: Math.ceil(r.width), height: Math.ceil(r.height) });
  };
  new ResizeObserver(report).observe(root);
  render(
    <FrameApp surface={where.surface} message={message} send={send} focusTaken={focusTaken} askShown={askShown} />,
    root,
  );
}

/**
 * A port to this tab's content script. Chrome gives an extension frame in a page the tabs API:
 * the frame connects itself. Firefox gives such a frame no tabs API: the background, which sees
 * which tab the frame is in, connects on its behalf and passes messages through (relay.ts).
 */
async function openPort(name: string): Promise<Browser.runtime.Port | null> {
  if (!browser.tabs?.connect) return browser.runtime.connect({ name });
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  const tabId =
    tab?.id ??
    (await request({ type: 'frame:tab' })
      .then((r) => r.tabId)
      .catch(() => undefined));
  return tabId === undefined ? null : browser.tabs.connect(tabId, { frameId: 0, name });
}

main();
