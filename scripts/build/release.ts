/**
 * `npm run release`: every check the stores' packages must pass, then the packages. Stops at the
 * first failure, so a zip in .output/release always comes from a build that passed them all:
 *   the changelog names this version; typecheck; lint; unit tests; build (both browsers); checks
 *   of the built manifests; end-to-end tests in Chromium; AMO's linter (0 errors, no warning of
 *   ours); the Firefox tests (journey, hostile page); the store screenshots; the zips (scripts/build/package.ts).
 * Needs Chromium and firefox-esr, as `npm test` and .ci/run do. Refuses uncommitted changes to
 * tracked files (the sources zip must be a commit); `--allow-dirty` is for trying it out.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../lib/repo-root';
import { makePackages, RELEASE_DIR } from './package';

const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };

const STEPS: [string, string[]][] = [
  ['typecheck', ['npm', 'run', '-s', 'typecheck']],
  ['lint', ['npm', 'run', '-s', 'lint']],
  ['unit tests', ['npm', 'run', '-s', 'test:unit']],
  ['build', ['npm', 'run', '-s', 'build']],
  ['built manifests', ['npm', 'run', '-s', 'test:build']],
  ['e2e tests (Chromium)', ['npm', 'run', '-s', 'test:e2e']],
  ['AMO linter', ['npm', 'run', '-s', 'lint:firefox']],
  // The build above, as it will be zipped (npm run test:firefox would build it again).
  ['Firefox tests', ['npx', 'vitest', 'run', '--project', 'firefox']],
  ['store screenshots', ['npm', 'run', '-s', 'screenshots', '--', '--out', path.join(RELEASE_DIR, 'store')]],
];

function changelogHasVersion(): boolean {
  const log = readFileSync(path.join(repoRoot, 'CHANGELOG.md'), 'utf8');
  return new RegExp(`^## \\[${pkg.version.replaceAll('.', '\\.')}\\]`, 'm').test(log);
}

function run(name: string, cmd: string[]): boolean {
  console.log(`\n== ${name} ==`);
  const t0 = Date.now();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: repoRoot, stdio: 'inherit' });
  const ok = r.status === 0;
  timings.push(
    `${name.padEnd(24)} ${String(Math.round((Date.now() - t0) / 1000)).padStart(4)} s  ${ok ? 'ok' : 'FAILED'}`,
  );
  return ok;
}

const timings: string[] = [];

async function main(): Promise<number> {
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: repoRoot,
    encoding: 'utf8',
  }).stdout.trim();
  if (dirty && !process.argv.includes('--allow-dirty')) {
    console.error(`Uncommitted changes to tracked files; commit them first (the sources zip is a commit):\n${dirty}`);
    return 1;
  }
  if (!changelogHasVersion()) {
    console.error(`CHANGELOG.md has no "## [${pkg.version}]" section: say what this version changes.`);
    return 1;
  }
  // The previous release's zips must not outlive a failed check.
  await rm(RELEASE_DIR, { recursive: true, force: true });
  let ok = true;
  for (const [name, cmd] of STEPS) if (!(ok = run(name, cmd))) break;
  if (ok) {
    console.log('\n== packages ==');
    // The screenshots were written under RELEASE_DIR; packaging recreates it, so keep them aside.
    await makePackages({ keep: ['store'] });
  }
  console.log('\n== timings ==');
  for (const t of timings) console.log(t);
  console.log(ok ? `\nRelease ${pkg.version} ready in ${path.relative(repoRoot, RELEASE_DIR)}` : '\nRelease FAILED');
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
