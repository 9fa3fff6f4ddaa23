/**
 * The store packages, from the builds already made (npm run build):
 *   .output/release/vn-news-annotator-VERSION-chrome.zip    Chrome Web Store (.output/chrome-mv3)
 *   .output/release/vn-news-annotator-VERSION-firefox.zip   addons.mozilla.org (.output/firefox-mv2)
 *   .output/release/vn-news-annotator-VERSION-sources.zip   AMO's source code upload: every file
 *       git tracks, with store/amo-review.md (how to build) also at its root as SOURCE-REVIEW.md
 * Entries are sorted and dated with the last commit's time, so the same commit gives the same zips.
 * Refuses a build whose manifests do not carry package.json's version.
 *
 *   npm run zip     (build, then this)      npm run release     (every check first)
 */
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../lib/repo-root';

export const RELEASE_DIR = path.join(repoRoot, '.output/release');
const REVIEW_NOTES = 'store/amo-review.md';

const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

async function writeZip(file: string, entries: [string, Buffer][], date: Date): Promise<void> {
  const zip = new JSZip();
  for (const [name, data] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    zip.file(name, data, { date, createFolders: false });
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  await writeFile(file, buf);
}

/** `keep`: entries of RELEASE_DIR to leave in place (the screenshots made just before). */
export async function makePackages({ keep = [] as string[] } = {}): Promise<string[]> {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const builds = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' };
  for (const [browser, dir] of Object.entries(builds)) {
    const manifest = path.join(repoRoot, dir, 'manifest.json');
    if (!existsSync(manifest)) throw new Error(`No ${browser} build at ${dir}: run \`npm run build\` first.`);
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    if (version !== pkg.version)
      throw new Error(`${dir} is version ${version}, package.json says ${pkg.version}: rebuild.`);
  }
  // Every entry is dated with the last commit's time (JSZip writes its UTC clock), so the same
  // commit gives the same bytes wherever and whenever it is packaged.
  const date = new Date(Number(git('log', '-1', '--format=%ct')) * 1000);
  const commit = git('rev-parse', 'HEAD');
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';

  await mkdir(RELEASE_DIR, { recursive: true });
  for (const f of readdirSync(RELEASE_DIR))
    if (!keep.includes(f)) await rm(path.join(RELEASE_DIR, f), { recursive: true, force: true });
  const out: string[] = [];
  for (const [browser, dir] of Object.entries(builds)) {
    const abs = path.join(repoRoot, dir);
    const file = path.join(RELEASE_DIR, `${pkg.name}-${pkg.version}-${browser}.zip`);
    await writeZip(
      file,
      filesUnder(abs).map((f) => [f, readFileSync(path.join(abs, f))]),
      date,
    );
    out.push(file);
  }

  const tracked = git('ls-files', '-z').split('\0').filter(Boolean);
  const review = readFileSync(path.join(repoRoot, REVIEW_NOTES), 'utf8').replace(
    '{{commit}}',
    `${commit}${dirty ? ' (with uncommitted changes)' : ''}`,
  );
  const sources: [string, Buffer][] = tracked
    .filter((f) => existsSync(path.join(repoRoot, f)))
    .map((f) => [f, readFileSync(path.join(repoRoot, f))]);
  sources.push(['SOURCE-REVIEW.md', Buffer.from(review)]);
  const sourcesZip = path.join(RELEASE_DIR, `${pkg.name}-${pkg.version}-sources.zip`);
  await writeZip(sourcesZip, sources, date);
  out.push(sourcesZip);

  for (const f of out) {
    const buf = readFileSync(f);
    console.log(
      `${path.relative(repoRoot, f).padEnd(52)} ${(buf.length / 1024).toFixed(0).padStart(6)} KiB  sha256 ${createHash('sha256').update(buf).digest('hex').slice(0, 16)}`,
    );
  }
  if (dirty) console.log('Note: tracked files have uncommitted changes; a release is made from a commit.');
  return out;
}

if (process.argv[1]?.endsWith('package.ts'))
  makePackages().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
