/**
 * Reading the built extension (.output/chrome-mv3 and .output/firefox-mv2) and the documents the
 * manifests must agree with, for the checks in tests/build/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/lib/repo-root';

export interface Build {
  browser: 'chrome' | 'firefox';
  dir: string;
  manifest: Record<string, unknown> & {
    version: string;
    permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    optional_permissions?: string[];
    icons?: Record<string, string>;
    default_locale?: string;
  };
}

export const BUILDS: Build[] = (
  [
    ['chrome', '.output/chrome-mv3'],
    ['firefox', '.output/firefox-mv2'],
  ] as const
).map(([browser, rel]) => {
  const dir = path.join(repoRoot, rel);
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No built extension at ${rel}: run \`npm run build\` first.`);
  return { browser, dir, manifest: JSON.parse(readFileSync(file, 'utf8')) };
});

export const readText = (file: string) => readFileSync(file, 'utf8');

/** Every file of a build, relative paths with '/'. */
export function filesOf(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'));
}

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  const signature = '89504e470d0a1a0a';
  if (b.subarray(0, 8).toString('hex') !== signature || b.subarray(12, 16).toString('latin1') !== 'IHDR')
    throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Every string value in a JSON value, with its path. */
export function stringsIn(v: unknown, at = ''): [string, string][] {
  if (typeof v === 'string') return [[at, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringsIn(x, `${at}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => stringsIn(x, at ? `${at}.${k}` : k));
  return [];
}

export interface DocumentedPermission {
  name: string;
  chrome: boolean;
  firefox: boolean;
}

/** The API permissions in store/permissions.md's table (rows whose first cell is `name`). */
export function documentedPermissions(): DocumentedPermission[] {
  const rows = readText(path.join(repoRoot, 'store/permissions.md'))
    .split('\n')
    .map((l) => /^\|\s*`([a-zA-Z.]+)`\s*\|\s*(yes|no)\s*\|\s*(yes|no)\s*\|\s*(.+?)\s*\|$/.exec(l))
    .filter((m) => m !== null);
  return rows.map((m) => ({ name: m[1], chrome: m[2] === 'yes', firefox: m[3] === 'yes' }));
}
