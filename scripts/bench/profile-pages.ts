/**
 * `npm run bench -- --profile`: builds an unminified Chrome copy of the extension into a temp
 * folder and prints where one load of each page spends its time (V8's sampling profiler).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../lib/chromium';
import { startFixtureServer } from '../lib/fixture-server';
import { repoRoot as REPO_ROOT } from '../lib/repo-root';
import { ms, table } from '../lib/stats';
import { profileLoad, summarise } from './profile';

const CONTENT_JS = 'content-scripts/content.js';

export async function profilePages(
  pages: [string, string][],
  serverOpts: Parameters<typeof startFixtureServer>[0],
  host: string,
): Promise<void> {
  const { build } = await import('wxt');
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'vna-bench-unminified-'));
  try {
    console.log('\nProfile: building an unminified Chrome copy of the extension (not .output)…');
    await build({
      root: REPO_ROOT,
      browser: 'chrome',
      outDir,
      logger: quietLogger(),
      vite: () => ({ build: { minify: false } }),
    });
    const server = await startFixtureServer(serverOpts);
    const h = await launchWithExtension({ server, extensionDir: path.join(outDir, 'chrome-mv3') });
    try {
      const steps = [
        'startPage',
        'loadSettings',
        'readArticle',
        'detectArticle',
        'buildTextIndex',
        'startEntities',
        'find',
        'buildGazetteer',
        'find!buildGazetteer',
        'find>normalizeForMatch',
        'find>tokenize',
        'spans',
        'rangeFromOffsets',
        'set',
        'groupEntities',
        'mountUi',
        'startNotes',
        'createAnchorer',
      ];
      for (const [label, pathname] of pages) {
        const url = server.url(host, pathname);
        await profileLoad(h.context, server.url(host, '/'), url); // warm-up
        const s = summarise(await profileLoad(h.context, server.url(host, '/'), url), CONTENT_JS, steps, 15);
        console.log(
          `\n${label}: one load, V8 sampling profiler at 100 µs; samples with a content-script frame: ${ms(s.totalMs)} ms`,
        );
        console.log(
          table([
            ['step (function, inclusive; a>b: b under a; a!b: a minus b)', 'ms'],
            ...s.steps.map((x) => [x.name, ms(x.ms)]),
          ]),
        );
        console.log('');
        console.log(
          table([
            ['top self time (function file:line, unminified bundle)', 'ms'],
            ...s.top.map((x) => [x.name, ms(x.ms)]),
          ]),
        );
      }
    } finally {
      await h.close();
      await server.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

function quietLogger() {
  const noop = () => {};
  return {
    debug: noop,
    log: noop,
    info: noop,
    warn: noop,
    error: console.error,
    fatal: console.error,
    success: noop,
    level: 0,
  };
}
