/**
 * Where an extension frame in a page has no tabs API (Firefox), the background connects it to its
 * tab's content script: the frame opens a runtime port named `vna-frame:<nonce>`, the background
 * opens a port of the same name to the content script of the frame's tab (frame 0), and passes
 * messages both ways until either side goes. Only the extension's own frames are relayed; the
 * content script still accepts only the names of frames it made.
 */
import { browser, type Browser } from 'wxt/browser';
import { callerOf } from './access';

const PREFIX = 'vna-frame:';

export function relayFramePorts(ext: { id: string; baseUrl: string }): void {
  browser.runtime.onConnect.addListener((frame: Browser.runtime.Port) => {
    if (!frame.name.startsWith(PREFIX)) return;
    const caller = callerOf(frame.sender, ext);
    if (caller.kind !== 'frame' || caller.tabId === undefined) return frame.disconnect();
    const page = browser.tabs.connect(caller.tabId, { frameId: 0, name: frame.name });
    frame.onMessage.addListener((m: unknown) => page.postMessage(m));
    page.onMessage.addListener((m: unknown) => frame.postMessage(m));
    frame.onDisconnect.addListener(() => page.disconnect());
    page.onDisconnect.addListener(() => frame.disconnect());
  });
}
