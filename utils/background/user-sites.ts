/**
 * Sites the user turned on from the popup beyond the built-in list. The popup asks for the
 * optional host permission (it needs the click); here the content script is registered for
 * that origin and injected into the open tab. Chrome keeps registrations across restarts;
 * Firefox MV2's contentScripts.register does not, so they are registered again at start-up.
 */
const KEY = 'userSites';
const CONTENT_JS = '/content-scripts/content.js';

async function storedOrigins(): Promise<string[]> {
  const got = await browser.storage.local.get(KEY);
  const list = got[KEY];
  return Array.isArray(list) ? list.filter((o): o is string => typeof o === 'string') : [];
}

const pattern = (origin: string) => `${new URL(origin).origin}/*`;

export async function enableSite(origin: string, tabId?: number): Promise<boolean> {
  const match = pattern(origin);
  if (!(await browser.permissions.contains({ origins: [match] }))) return false;
  const origins = [...new Set([...(await storedOrigins()), new URL(origin).origin])];
  await browser.storage.local.set({ [KEY]: origins });
  await register(origins);
  if (tabId !== undefined) await inject(tabId);
  return true;
}

export async function restoreUserSites(): Promise<void> {
  try {
    await register(await storedOrigins());
  } catch (e) {
    console.warn('[vna] could not register user sites', e);
  }
}

let firefoxRegistration: { unregister(): Promise<void> } | undefined;

async function register(origins: string[]) {
  const matches = origins.map(pattern);
  if (import.meta.env.MANIFEST_VERSION === 3) {
    const id = 'vna-user-sites';
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
    if (matches.length) await browser.scripting.registerContentScripts([{ id, matches, js: [CONTENT_JS], runAt: 'document_idle' }]);
  } else {
    await firefoxRegistration?.unregister();
    firefoxRegistration = undefined;
    // Firefox MV2 API, absent from Chrome's typings.
    const cs = (browser as unknown as { contentScripts?: { register(o: object): Promise<{ unregister(): Promise<void> }> } }).contentScripts;
    if (cs && matches.length) firefoxRegistration = await cs.register({ matches, js: [{ file: CONTENT_JS }], runAt: 'document_idle' });
  }
}

async function inject(tabId: number) {
  if (import.meta.env.MANIFEST_VERSION === 3) await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
  else await (browser as unknown as { tabs: { executeScript(id: number, o: object): Promise<unknown> } }).tabs.executeScript(tabId, { file: CONTENT_JS });
}
