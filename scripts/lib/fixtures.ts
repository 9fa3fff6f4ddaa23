/**
 * Where the repository's test pages and texts are: the saved news pages served at their real host
 * names, the seed article (chinhphu.vn, December 2022) as a page and as text with its gold spans.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repo-root';

/** VNA_FIXTURES_ROOT points every tool at another set of saved pages (for trying things out). */
export const SITES_DIR = path.resolve(process.env.VNA_FIXTURES_ROOT ?? path.join(repoRoot, 'tests/fixtures/sites'));
/** The seed article's page: the one most tests and benchmarks open. */
export const SEED_ARTICLE = {
  host: 'baochinhphu.vn',
  path: '/thuong-truc-ban-bi-thu-lam-viec-voi-ban-thuong-vu-thanh-uy-tphcm-102221212183015678.htm',
} as const;
/** The seed article as rendered text (with the site's footer), and its gold entity spans. */
export const SEED_TEXT = path.join(repoRoot, 'tests/fixtures/seed/seed.txt');
export const SEED_GOLD = path.join(repoRoot, 'tests/fixtures/seed/seed.gold.json');
/** The evaluation corpus, kept outside the repository (test data only; never copied in). */
export const CORPUS_DIR = path.resolve(repoRoot, '../shared/corpus');

export const seedArticleHtml = () => readFileSync(path.join(SITES_DIR, SEED_ARTICLE.host, SEED_ARTICLE.path), 'utf8');
export const seedText = () => readFileSync(SEED_TEXT, 'utf8').normalize('NFC');

/** URL paths of the saved pages of one host (sorted; index.html is "/"). */
export function findFixturePages(host: string, root = SITES_DIR): string[] {
  const dir = path.join(root, host);
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => /\.html?$/i.test(f))
    .map((f) => `/${f.split(path.sep).join('/')}`)
    .map((p) => (p === '/index.html' ? '/' : p))
    .sort();
}
