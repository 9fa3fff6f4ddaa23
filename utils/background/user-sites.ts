/**
 * Sites the user turned on from the popup beyond the built-in list (Settings.extraOrigins). The
 * popup asks for the optional host permission (it needs the click); here the content script is
 * registered for those origins and injected into the open tab. Registrations follow the
 * settings, so removing an origin in the options page turns the script off there. Chrome keeps
 * registrations across restarts; Firefox MV2's contentScripts.register does not, so they are
 * registered again whenever the background starts.
 */
import { browser } from 'wxt/browser';
import { loadSettings, normaliseOrigin, saveSettings, watchSettings } from '../settings/settings';

const CONTENT_JS = '/content-scripts/content.js';
const pattern = (origin: string) => `${origin}/*`;

export async function enableSite(origin: string, tabId?: number): Promise<boolean> {
  const o = normaliseOrigin(origin);
  if (!o || !(await browser.permissions.contains({ origins: [pattern(o)] }))) return false;
  const settings = await loadSettings();
  if (!settings.extraOrigins.includes(o)) await saveSettings({ extraOrigins: [...settings.extraOrigins, o] });
  await register((await loadSettings()).extraOrigins);
  if (tabId !== undefined) await inject(tabId);
  return true;
}

/** Registers the user's sites now and whenever the settings change. */
export async function followUserSites(): Promise<void> {
  let last = '';
  const sync = async (origins: string[]) => {
    const key = origins.join(' ');
    if (key === last) return;
    last = key;
    try {
      // Only origins whose permission is still granted (the user may revoke it in the browser).
      const granted = [];
      for (const o of origins) if (await browser.permissions.contains({ origins: [pattern(o)] })) granted.push(o);
      await register(granted);
    } catch (e) {
      console.warn('[VN News Annotator] could not register the sites you turned on', e);
    }
  };
  watchSettings((s) => void sync(s.extraOrigins));
  await sync((await loadSettings()).extraOrigins);
}

let firefoxRegistration: { unregister(): Promise<void> } | undefined;

async function register(origins: string[]) {
  const matches = origins.map(pattern);
  if (import.meta.env.MANIFEST_VERSION === 3) {
    const id = 'vna-user-sites';
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
    if (matches.length)
      await browser.scripting.registerContentScripts([{ id, matches, js: [CONTENT_JS], runAt: 'document_idle' }]);
  } else {
    await firefoxRegistration?.unregister();
    firefoxRegistration = undefined;
    // Firefox MV2 API, absent from Chrome's typings.
    const cs = (
      browser as unknown as { contentScripts?: { register(o: object): Promise<{ unregister(): Promise<void> }> } }
    ).contentScripts;
    if (cs && matches.length)
      firefoxRegistration = await cs.register({ matches, js: [{ file: CONTENT_JS }], runAt: 'document_idle' });
  }
}

async function inject(tabId: number) {
  if (import.meta.env.MANIFEST_VERSION === 3)
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
  else
    await (
      browser as unknown as { tabs: { executeScript(id: number, o: object): Promise<unknown> } }
    ).tabs.executeScript(tabId, { file: CONTENT_JS });
}
