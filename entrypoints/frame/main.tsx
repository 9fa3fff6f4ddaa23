/**
 * The extension's frame inside a news page: the card, the note editor or the panel, as its
 * address says. It only acts on what the content script that made it sends over their port
 * (named with the nonce in this frame's address), and on the reader's own input.
 */
import { render } from 'preact';
import { signal } from '@preact/signals';
import { browser, type Browser } from 'wxt/browser';
import { FrameApp } from '@/components/frame/FrameApp';
import { FRAME_CSS } from '@/components/frame/styles';
import { parseFrameHash, portName, type FromFrame, type ToFrame } from '@/utils/frames/protocol';

function main() {
  const where = parseFrameHash(location.hash);
  const root = document.getElementById('app');
  if (!where || !root) return;
  const style = document.createElement('style');
  style.textContent = FRAME_CSS;
  document.head.append(style);

  const message = signal<ToFrame | null>(null);
  let port: Browser.runtime.Port | null = null;
  const send = (m: FromFrame) => port?.postMessage(m);
  browser.runtime.onConnect.addListener((p) => {
    if (port || p.name !== portName(where.nonce) || p.sender?.id !== browser.runtime.id) return;
    port = p;
    p.onMessage.addListener((m: unknown) => {
      if (m && typeof m === 'object' && typeof (m as { t?: unknown }).t === 'string') message.value = m as ToFrame;
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
  render(<FrameApp surface={where.surface} message={message} send={send} />, root);
}

main();
