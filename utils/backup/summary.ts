/** What an import would bring in, for the popup's confirmation and the import-check CLI. */
import { computeFacets, type Facet } from '../search/facets';
import type { BackupData } from './backup';

export interface BackupSummary {
  articles: number;
  annotations: number;
  orphans: number;
  notes: number;
  tags: Facet[];
  sites: Facet[];
  /** Earliest and latest annotation creation time (ISO), if any. */
  from?: string;
  to?: string;
}

export function summarizeBackup(data: BackupData): BackupSummary {
  const facets = computeFacets(data.articles, data.annotations);
  let from: string | undefined;
  let to: string | undefined;
  let fromMs = Infinity;
  let toMs = -Infinity;
  for (const a of data.annotations) {
    const t = Date.parse(a.created);
    if (t < fromMs) [fromMs, from] = [t, a.created];
    if (t > toMs) [toMs, to] = [t, a.created];
  }
  return {
    articles: data.articles.length,
    annotations: data.annotations.length,
    orphans: data.annotations.filter((a) => a.orphan).length,
    notes: data.annotations.filter((a) => a.note.trim()).length,
    tags: facets.tags,
    sites: facets.sites,
    from,
    to,
  };
}
