/**
 * Shows the infrastructure tests can fail: copies .output/chrome-mv3, breaks one thing in each
 * copy, runs tests/e2e/infrastructure.e2e.ts against it (VNA_EXTENSION_DIR) and reports which
 * tests caught it. Run after `npm run build`:  npx tsx tests/e2e/mutants.ts
 * Exits non-zero if a mutant goes uncaught.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot as REPO_ROOT } from '../../scripts/lib/repo-root';
import { CHROME_EXTENSION_DIR } from './harness';

type Manifest = Record<string, unknown> & {
  content_scripts?: { matches: string[] }[];
  background?: { service_worker?: string };
};

const MUTANTS: { name: string; expectCaughtBy: string; mutate(dir: string, m: Manifest): void }[] = [
  {
    name: 'no content script',
    expectCaughtBy: 'runs the content script there',
    mutate: (_d, m) => void delete m.content_scripts,
  },
  {
    name: 'content script on every site',
    expectCaughtBy: 'but not on an unlisted host',
    mutate: (_d, m) => m.content_scripts?.forEach((cs) => (cs.matches = ['<all_urls>'])),
  },
  {
    name: 'background without message listener',
    expectCaughtBy: 'answers ping',
    mutate: (d, m) =>
      writeFileSync(path.join(d, m.background?.service_worker ?? 'background.js'), 'self.started = true;\n'),
  },
  {
    name: 'popup that renders nothing',
    expectCaughtBy: 'opens the popup page',
    mutate: (d) =>
      writeFileSync(
        path.join(d, 'popup.html'),
        '<!doctype html><html><head><title>p</title></head><body></body></html>',
      ),
  },
];

let uncaught = 0;
for (const mutant of MUTANTS) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vna-mutant-'));
  try {
    cpSync(CHROME_EXTENSION_DIR, dir, { recursive: true });
    const manifestPath = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    mutant.mutate(dir, manifest);
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    const run = spawnSync(
      'npx',
      ['vitest', 'run', '--project', 'e2e', 'tests/e2e/infrastructure.e2e.ts', '--reporter', 'json'],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, VNA_EXTENSION_DIR: dir },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const json = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
      testResults: { assertionResults: { title: string; status: string }[] }[];
    };
    const failed = json.testResults
      .flatMap((f) => f.assertionResults)
      .filter((a) => a.status !== 'passed')
      .map((a) => a.title);
    const caught = failed.some((t) => t.includes(mutant.expectCaughtBy));
    if (!caught) uncaught++;
    console.log(
      `${caught ? 'caught  ' : 'MISSED  '} ${mutant.name}: failing tests: ${failed.length ? failed.join(' | ') : 'none'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`${MUTANTS.length - uncaught} of ${MUTANTS.length} mutants caught`);
process.exit(uncaught ? 1 : 0);
