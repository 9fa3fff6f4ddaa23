/**
 * A dossier as JSON: the same content as the Markdown, as data for other tools. Keys in a fixed
 * order and lists in the dossier's order, so two exports of the same records are identical.
 */
import type { Dossier } from './build';

export const DOSSIER_FORMAT = 'vn-news-annotator/dossier';
export const DOSSIER_VERSION = 1;

export function dossierToJson(d: Dossier, exportedAt: string): string {
  const out = {
    format: DOSSIER_FORMAT,
    version: DOSSIER_VERSION,
    exported: exportedAt,
    entity: {
      id: d.id,
      kind: d.kind,
      name: d.name,
      names: d.names,
      merged: d.merged.map((m) => ({ from: m.from, name: m.name, created: m.created })),
      ...(d.firstSeen ? { firstSeen: d.firstSeen, lastSeen: d.lastSeen } : {}),
    },
    facts: d.facts,
    articles: d.articles.map((a) => ({
      key: a.key,
      url: a.url,
      title: a.title,
      outlet: a.outlet,
      site: a.site,
      ...(a.published ? { published: a.published } : {}),
      mentions: a.mentions,
      ...(d.kind === 'official' && a.day
        ? {
            rolesOnDay: a.roles.map((r) => ({
              title: r.title,
              ...(r.org ? { org: r.org } : {}),
              certain: r.certain,
              source: r.source,
            })),
          }
        : {}),
      ...(a.unlistedRole ? { unlistedRole: a.unlistedRole } : {}),
      firstVisit: a.firstVisit,
      lastVisit: a.lastVisit,
    })),
    notes: d.notes.map((n) => ({
      id: n.id,
      articleKey: n.articleKey,
      quote: n.quote,
      note: n.note,
      tags: n.tags,
      colour: n.colour,
      created: n.created,
      updated: n.updated,
      ...(n.orphan ? { orphan: true } : {}),
      via: n.via,
      ...(n.link ? { link: n.link } : {}),
    })),
    related: d.related,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
