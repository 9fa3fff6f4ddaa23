/**
 * What a new user sees of the package itself, in a real Chromium with the built extension: the
 * name in the browser's language (Vietnamese and English from public/_locales), the icon, and the
 * privacy policy reachable from the options page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

interface Self {
  name: string;
  description: string;
  icons?: { size: number; url: string }[];
}
const self = (harness: Harness) =>
  harness.evalInWorker(() =>
    (globalThis as unknown as { chrome: { management: { getSelf(): Promise<Self> } } }).chrome.management.getSelf(),
  );

describe('the package as the browser shows it', () => {
  it('is named in Vietnamese in a Vietnamese browser, with its icon at every size', async () => {
    h = await launchWithExtension({ args: ['--lang=vi'] });
    const me = await self(h);
    expect(me.name).toBe('Chú giải báo chí VN');
    expect(me.description).toMatch(/^Tô sáng cán bộ/);
    expect(me.icons?.map((i) => i.size).sort((a, b) => a - b)).toEqual([16, 32, 48, 96, 128]);
    // The toolbar icon loads as an image of its size.
    const page = await h.openPopup();
    const sizes = await page.evaluate(() =>
      Promise.all(
        [16, 128].map(
          (s) =>
            new Promise<number[]>((resolve, reject) => {
              const img = new Image();
              img.onload = () => resolve([img.naturalWidth, img.naturalHeight]);
              img.onerror = reject;
              img.src = `/icons/${s}.png`;
            }),
        ),
      ),
    );
    expect(sizes).toEqual([
      [16, 16],
      [128, 128],
    ]);
  });

  it('is named in English in an English browser, and links its privacy policy from the options page', async () => {
    h = await launchWithExtension({ args: ['--lang=en-US'] });
    expect((await self(h)).name).toBe('VN News Annotator');
    const options = await h.openPage(`chrome-extension://${h.extensionId}/options.html`);
    const [policy] = await Promise.all([h.context.waitForEvent('page'), options.click('[data-testid="privacy-link"]')]);
    await policy.waitForLoadState();
    expect(policy.url()).toBe(`chrome-extension://${h.extensionId}/privacy.html`);
    expect(await policy.locator('section[lang="en"] h2').first().textContent()).toBe('Privacy policy');
    expect(await policy.locator('section[lang="vi"] h2').first().textContent()).toBe('Chính sách quyền riêng tư');
  });
});
