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

/** Launches Chromium with the extension; `hostile` also serves the generated hostile page. */
export function launchWithExtension(opts: LaunchOptions & { hostile?: boolean } = {}): Promise<Harness> {
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
