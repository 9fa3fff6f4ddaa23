/** Filter choices with counts for the popup: sites, tags, colours and entities. */
import { HIGHLIGHT_COLOURS, type Annotation, type Article, type HighlightColour } from '../model';
import { SITES } from '../sites/registry';
import { normalize } from '../text/normalize';

export interface Facet<V extends string = string> {
  value: V;
  label: string;
  count: number;
}

export interface Facets {
  sites: Facet[];
  tags: Facet[];
  colours: Facet<HighlightColour>[];
  entities: Facet[];
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function sorted<V extends string>(m: Map<string, Facet<V>>): Facet<V>[] {
  return [...m.values()].sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
}

function bump<V extends string>(m: Map<string, Facet<V>>, key: string, value: V, label: string): void {
  const f = m.get(key);
  if (f) f.count++;
  else m.set(key, { value, label, count: 1 });
}

/**
 * Counts over the given annotations (all of them, or the current search results). Tags that differ
 * only in case or tone placement are one facet, labelled with the first spelling seen.
 */
export function computeFacets(articles: Article[], annotations: Annotation[]): Facets {
  const site = new Map(articles.map((a) => [a.key, a.site] as const));
  const sites = new Map<string, Facet>();
  const tags = new Map<string, Facet>();
  const entities = new Map<string, Facet>();
  const colourCounts = new Map<HighlightColour, number>();
  const tagKeys = new Map<string, string>();
  const siteNames = new Map(SITES.map((x) => [x.id, x.name] as const));
  for (const a of annotations) {
    const s = site.get(a.articleKey);
    if (s) bump(sites, s, s, siteNames.get(s) ?? s);
    for (const t of new Set(a.tags)) {
      let k = tagKeys.get(t);
      if (k === undefined) tagKeys.set(t, (k = normalize(t, 'search')));
      bump(tags, k, t, t);
    }
    a.entityIds.forEach((id, i) => bump(entities, id, id, a.entityNames[i] ?? id));
    colourCounts.set(a.colour, (colourCounts.get(a.colour) ?? 0) + 1);
  }
  return {
    sites: sorted(sites),
    tags: sorted(tags),
    // Palette order, so the colour row never jumps around.
    colours: HIGHLIGHT_COLOURS.filter((c) => colourCounts.has(c)).map((c) => ({
      value: c,
      label: c,
      count: colourCounts.get(c)!,
    })),
    entities: sorted(entities),
  };
}
