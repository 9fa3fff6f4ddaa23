/**
 * The gazetteer as a flat list of literal terms, for mark.js: every official's name and aliases,
 * every body's name, aliases and abbreviations, and the document type words. This is the
 * "search each known name" approach the entity engine replaces, given the same vocabulary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface Named {
  name: string;
  aliases?: string[];
  abbr?: string[];
}

export interface Official extends Named {
  id: string;
  country?: string;
  positions?: { title: string; org?: string; from?: string; to?: string | null }[];
}

export interface Locality extends Named {
  type?: string;
}

export interface DocType extends Named {
  id: string;
}

export interface Gazetteer {
  officials: Official[];
  bodies: Named[];
  localities: Locality[];
  docTypes: DocType[];
  issuers: string[];
}

export function readGazetteer(repoRoot: string): Gazetteer {
  const read = (f: string) => JSON.parse(readFileSync(path.join(repoRoot, 'utils/entities/data', f), 'utf8'));
  const officialsDir = path.join(repoRoot, 'utils/entities/data/officials');
  const officials = {
    officials: readdirSync(officialsDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .flatMap((f) => JSON.parse(readFileSync(path.join(officialsDir, f), 'utf8')).officials),
  };
  const bodies = read('bodies.json');
  const documents = read('documents.json');
  return {
    officials: officials.officials,
    bodies: bodies.bodies,
    localities: bodies.localities,
    docTypes: documents.types,
    issuers: Object.keys(documents.issuers ?? {}),
  };
}

/** Distinct terms, NFC, longest first (so a longer name wins where mark.js sees overlaps). */
export function markTerms(g: Gazetteer): string[] {
  const out = new Set<string>();
  const add = (s: string | undefined) => {
    const t = s?.normalize('NFC').trim();
    if (t) out.add(t);
  };
  for (const o of g.officials) [o.name, ...(o.aliases ?? [])].forEach(add);
  for (const b of g.bodies) [b.name, ...(b.aliases ?? []), ...(b.abbr ?? [])].forEach(add);
  for (const d of g.docTypes) [d.name, ...(d.aliases ?? [])].forEach(add);
  return [...out].sort((a, b) => b.length - a.length || a.localeCompare(b));
}
