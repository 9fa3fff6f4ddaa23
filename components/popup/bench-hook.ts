/**
 * A test hook for scripts/bench-popup.ts and the e2e tests, installed only when the popup is
 * opened with `?bench`. It can only add synthetic records to an EMPTY database, so it cannot
 * touch a reader's notes even if someone opens popup.html?bench by hand.
 */
import type { AnnotatorDB } from '../../utils/db/db';

export interface BenchHook {
  seed(nArticles: number, nAnnotations: number, seed?: number): Promise<{ articles: number; annotations: number }>;
}

export function installBenchHook(db: AnnotatorDB, search: string): void {
  if (!new URLSearchParams(search).has('bench')) return;
  const hook: BenchHook = {
    async seed(nArticles, nAnnotations, seed = 1) {
      if ((await db.annotations.count()) > 0 || (await db.articles.count()) > 0)
        throw new Error('The database is not empty: the bench hook only seeds a fresh profile.');
      const { syntheticData } = await import('../../utils/backup/synthetic');
      const data = syntheticData(nArticles, nAnnotations, seed);
      await db.transaction('rw', db.articles, db.annotations, async () => {
        await db.articles.bulkAdd(data.articles);
        await db.annotations.bulkAdd(data.annotations);
      });
      return { articles: data.articles.length, annotations: data.annotations.length };
    },
  };
  (globalThis as unknown as { __vnaBench?: BenchHook }).__vnaBench = hook;
}
