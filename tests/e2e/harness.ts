/**
 * The end-to-end tests' side of the browser harness: the launcher and the tab-state probe
 * (scripts/lib/chromium.ts), plus the hostile page.
 */
import { launchWithExtension as launch, type Harness, type LaunchOptions } from '../../scripts/lib/chromium';
import type { FixtureServerOptions } from '../../scripts/lib/fixture-server';
import { HOSTILE_HOST, HOSTILE_PATH, hostileServerOptions } from '../fixtures/hostile/generate';

export * from '../../scripts/lib/chromium';
export { SEED_ARTICLE, SITES_DIR, findFixturePages } from '../../scripts/lib/fixtures';
export { HOSTILE_HOST, HOSTILE_PATH };

/**
 * Launches Chromium with the extension; `hostile` also serves the generated hostile page. The
 * install opens the welcome page in a new tab, in front, whenever the browser gets to it: the
 * harness waits for that tab, so it cannot push a test's page into the background later.
 */
export async function launchWithExtension(opts: LaunchOptions & { hostile?: boolean } = {}): Promise<Harness> {
  const h = await launchUnsettled(opts);
  const welcome = `chrome-extension://${h.extensionId}/welcome.html`;
  const opened = () => h.context.pages().some((p) => p.url() === welcome);
  for (const end = Date.now() + 10_000; !opened() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
  return h;
}

function launchUnsettled(opts: LaunchOptions & { hostile?: boolean }): Promise<Harness> {
  if (!opts.hostile) return launch(opts);
  const h = hostileServerOptions();
  const own = (opts.server ?? {}) as FixtureServerOptions;
  const server: FixtureServerOptions = {
    ...own,
    mounts: { ...h.mounts, ...own.mounts },
    virtual: async (r) => (await h.virtual(r)) ?? own.virtual?.(r),
  };
  return launch({ ...opts, server });
}
