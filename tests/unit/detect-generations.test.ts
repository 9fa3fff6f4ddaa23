/**
 * `npm run -s detect -- --check` as a test: every article of the saved test pages is found and
 * every non-article (list, home, tag, search, author, topic, video, forum, error pages) rejected;
 * each found article's text has its lead, its first and last paragraphs and captions, and none of
 * the boxes around it; byline and date are right. The pages of tests/fixtures/sites/generations.json
 * are older layouts (2012 to 2021) that no adapter was written for; the generic path must handle
 * them, and every other page, on its own too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectHtml, DEFAULT_MANIFESTS } from '../../scripts/cli/detect';
import { CHECKS, checkPages, type CheckPage } from '../../scripts/cli/detect-check';

const MANIFESTS = DEFAULT_MANIFESTS.map((file) => ({
  file,
  name: path.basename(file),
  pages: JSON.parse(readFileSync(file, 'utf8')) as CheckPage[],
}));

describe.each([
  ['adapters first', false],
  ['the generic path alone', true],
] as const)('detection with %s', (_, genericOnly) => {
  describe.each(MANIFESTS)('$name', ({ file, pages }) => {
    const { results, figures } = checkPages(pages, path.dirname(file), (url, html) =>
      detectHtml(url, html, genericOnly),
    );

    it.each(results.map((r) => [`${r.page.kind} ${r.page.layout ?? r.page.site ?? ''} ${r.page.url}`, r] as const))(
      '%s',
      (_, r) => {
        expect(r.problems).toEqual([]);
      },
    );

    it('finds every article and rejects every other page', () => {
      expect(figures.articles.total).toBeGreaterThan(15);
      expect(figures.articles.found).toBe(figures.articles.total);
      expect(figures.nonArticles.rejected).toBe(figures.nonArticles.total);
      for (const c of CHECKS) expect(figures.checks[c].passed, c).toBe(figures.checks[c].total);
    });
  });
});

it('the older layouts include every kind of page that must be rejected', () => {
  const kinds = new Set(MANIFESTS.flatMap((m) => m.pages).map((p) => p.kind));
  for (const k of ['category', 'home', 'tag', 'search', 'author', 'topic', 'video', 'forum', '404', 'static'])
    expect(kinds, k).toContain(k);
});
