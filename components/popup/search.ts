/**
 * The popup's view of the search module. TEMPORARY: a plain scan used until utils/search lands;
 * it is then replaced by a thin wrapper over createSearchIndex with the same shape.
 */
import type { Annotation, Article } from '../../utils/model';

export interface SearchQuery {
  text?: string;
  accentInsensitive?: boolean;
  site?: string;
  tag?: string;
  colour?: string;
  entity?: string;
  /** YYYY-MM-DD, inclusive, on the annotation's creation date. */
  from?: string;
  to?: string;
}

export interface PopupIndex {
  search(q: SearchQuery): Annotation[];
  facets(): { sites: string[]; tags: string[]; entities: string[] };
}

const fold = (s: string, accents: boolean) => {
  const n = s.normalize('NFC').toLowerCase();
  return accents ? n.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd') : n;
};

export function buildIndex(articles: Article[], annotations: Annotation[]): PopupIndex {
  const byKey = new Map(articles.map((a) => [a.key, a]));
  const hay = (a: Annotation) =>
    [a.quote, a.note, a.tags.join(' '), a.entityNames.join(' '), byKey.get(a.articleKey)?.title ?? ''].join('\n');
  const plain = annotations.map((a) => fold(hay(a), false));
  const folded = annotations.map((a) => fold(hay(a), true));
  return {
    search(q) {
      const words = fold(q.text ?? '', q.accentInsensitive ?? true).split(/\s+/).filter(Boolean);
      const texts = q.accentInsensitive ?? true ? folded : plain;
      return annotations.filter((a, i) => {
        if (q.site && byKey.get(a.articleKey)?.site !== q.site) return false;
        if (q.tag && !a.tags.includes(q.tag)) return false;
        if (q.colour && a.colour !== q.colour) return false;
        if (q.entity && !a.entityNames.includes(q.entity) && !a.entityIds.includes(q.entity)) return false;
        const day = a.created.slice(0, 10);
        if (q.from && day < q.from) return false;
        if (q.to && day > q.to) return false;
        return words.every((w) => texts[i].includes(w));
      });
    },
    facets() {
      const sites = new Set<string>(), tags = new Set<string>(), entities = new Set<string>();
      for (const a of annotations) {
        const site = byKey.get(a.articleKey)?.site;
        if (site) sites.add(site);
        a.tags.forEach((t) => tags.add(t));
        a.entityNames.forEach((e) => entities.add(e));
      }
      const sort = (s: Set<string>) => [...s].sort((x, y) => x.localeCompare(y, 'vi'));
      return { sites: sort(sites), tags: sort(tags), entities: sort(entities) };
    },
  };
}
