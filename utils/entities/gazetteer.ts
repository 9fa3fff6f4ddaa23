/**
 * Loads the data files into one token trie. Built once, on first use.
 */
import bodiesData from './data/bodies.json';
import documentsData from './data/documents.json';
import officialsData from './data/officials.json';
import { normalizeText, slugify } from '../text/normalize';
import { phraseTokens } from './tokens';
import { TokenTrie } from './trie';
import { FALSE_FRIEND_BEFORE, GENERIC_BEFORE, LEVELS, PROVINCE_LEVELS, TITLES, TITLE_MODIFIERS } from './lexicon';
import type { BodyRecord, LocalityRecord, OfficialRecord } from './types';
import type { EntityKind } from '../model';

export type Term =
  | { t: 'body'; rec: BodyRecord; tags: Set<string> }
  | { t: 'loc'; rec: LocalityRecord; leveled: boolean }
  | { t: 'country'; name: string }
  | { t: 'title' }
  | { t: 'mod' }
  | { t: 'level'; province: boolean }
  | { t: 'official'; rec: OfficialRecord }
  | { t: 'watch'; kind: EntityKind; id: string; name: string }
  | { t: 'law'; name: string; code: boolean }
  | { t: 'ff' }
  | { t: 'generic' };

export interface WatchTerm {
  kind: EntityKind;
  name: string;
  aliases?: string[];
}

export interface Gazetteer {
  trie: TokenTrie<Term>;
  bodies: Map<string, BodyRecord>;
  localities: Map<string, LocalityRecord>;
  officials: Map<string, OfficialRecord>;
  sources: Record<string, string>;
}

const ABBR = /^[\p{Lu}\d&.\-\s]+$/u;

/** Tokens of the joined phrases: words, single marks, and the line breaks between phrases. */
const PHRASE_TOKENS = /[\p{L}\p{N}\p{M}]+|[^ \r]/gu;

/**
 * Phrases waiting to enter the trie. The gazetteer is built on every page load, while the
 * engine's code is still cold, so all phrases are normalised and split in one native pass over
 * them joined by line breaks, rather than a thousand short loops in JS. A line break stays a line
 * break through the normaliser and bounds its tone and cluster rules, so each phrase comes out as
 * it would alone. Phrases with line breaks or surrogates of their own are split one by one.
 */
class Pending {
  private phrases: string[] = [];
  private terms: Term[] = [];
  private cased: boolean[] = [];

  add(p: string, term: Term, caseSensitive = false): void {
    this.phrases.push(p);
    this.terms.push(term);
    this.cased.push(caseSensitive);
  }

  into(trie: TokenTrie<Term>): void {
    const ps = this.phrases;
    if (!ps.length) return;
    const joined = ps.join('\n');
    const lines = joined.match(/\n/g)?.length ?? 0;
    const nz = lines === ps.length - 1 && !/[\r\ud800-\udfff]/.test(joined) ? normalizeText(joined) : undefined;
    const ft = nz?.folded.match(PHRASE_TOKENS);
    const ct = nz?.cased.match(PHRASE_TOKENS);
    if (!ft || !ct || ft.length !== ct.length) return this.oneByOne(trie);
    let from = 0;
    let k = 0;
    for (let i = 0; i <= ft.length; i++) {
      if (i < ft.length && ft[i] !== '\n') continue;
      if (i < ft.length && ct[i] !== '\n') return this.oneByOne(trie);
      trie.addRange(ft, from, i, this.terms[k], this.cased[k] ? ct : undefined);
      k++;
      from = i + 1;
    }
  }

  private oneByOne(trie: TokenTrie<Term>): void {
    for (let k = 0; k < this.phrases.length; k++) {
      const nz = normalizeText(this.phrases[k]);
      const t = phraseTokens(nz.cased, nz.folded);
      trie.add(t.f, this.terms[k], this.cased[k] ? t.c : undefined);
    }
  }
}

export const bodyRecords = (bodiesData as { bodies: BodyRecord[] }).bodies;
export const localityRecords = (bodiesData as { localities: LocalityRecord[] }).localities;
export const bodySources = (bodiesData as { sources: Record<string, string> }).sources;
export const documentTypes = (documentsData as { types: { id: string; name: string; abbr: string[]; aliases?: string[] }[] }).types;
export const issuerCodes = (documentsData as { issuers: Record<string, string> }).issuers;
export const officialRecords = (): OfficialRecord[] => (officialsData as { officials: OfficialRecord[] }).officials ?? [];

interface Department {
  stem: string;
  aliases?: string[];
  from?: string;
  to?: string;
}

/** Provincial departments (Sở) and district offices (Phòng), generated from one list of stems. */
export function departmentRecords(): BodyRecord[] {
  const data = bodiesData as unknown as { departments: Department[] };
  const out: BodyRecord[] = [];
  for (const d of data.departments) {
    for (const [head, level, tags] of [
      ['Sở', 'province', ['local', 'dept']],
      ['Phòng', 'district', ['local', 'needs-place', 'dept']],
    ] as const) {
      out.push({
        id: slugify(`${head} ${d.stem}`), name: `${head} ${d.stem}`, level, tags: [...tags],
        aliases: (d.aliases ?? []).map((a) => `${head} ${a}`), from: d.from, to: d.to, src: 'wiki-dvhc',
      });
    }
  }
  return out;
}

/** Builds the trie. `scale` > 1 adds generated bodies, for the benchmark only. */
export function buildGazetteer(watch: WatchTerm[] = [], scale = 1): Gazetteer {
  const trie = new TokenTrie<Term>();
  const pending = new Pending();
  const add = (p: string, term: Term, caseSensitive = false) => pending.add(p, term, caseSensitive);
  const bodies = new Map<string, BodyRecord>();
  const localities = new Map<string, LocalityRecord>();
  const officials = new Map<string, OfficialRecord>();
  const data = bodiesData as unknown as { countries: string[][]; sources: Record<string, string> };

  const addBody = (rec: BodyRecord) => {
    bodies.set(rec.id, rec);
    const term: Term = { t: 'body', rec, tags: new Set(rec.tags ?? []) };
    add(rec.name, term);
    for (const a of rec.aliases ?? []) add(a, term);
    for (const a of rec.abbr ?? []) add(a, term, true);
  };
  for (const rec of bodyRecords) addBody(rec);
  for (const rec of departmentRecords()) if (!bodies.has(rec.id)) addBody(rec);
  for (const loc of localityRecords) {
    localities.set(loc.id, loc);
    if (!loc.needsLevel) add(loc.name, { t: 'loc', rec: loc, leveled: false });
    else add(loc.name, { t: 'loc', rec: loc, leveled: false });
    for (const a of loc.aliases ?? []) {
      const leveled = /^(tp|thành phố|thủ đô)\b/i.test(a) || ABBR.test(a);
      add(a, { t: 'loc', rec: loc, leveled }, ABBR.test(a));
    }
  }
  for (const names of data.countries) for (const n of names) add(n, { t: 'country', name: names[0] });
  for (const t of TITLES) add(t, { t: 'title' });
  for (const t of TITLE_MODIFIERS) add(t, { t: 'mod' });
  for (const l of LEVELS) {
    const isAbbr = /^T/.test(l);
    add(l, { t: 'level', province: PROVINCE_LEVELS.has(l.toLowerCase()) }, isAbbr);
  }
  for (const w of FALSE_FRIEND_BEFORE) add(w, { t: 'ff' });
  for (const w of GENERIC_BEFORE) add(w, { t: 'generic' });
  const docs = documentsData as { laws: string[]; codes: string[] };
  for (const l of docs.laws) add(l, { t: 'law', name: l, code: false });
  for (const l of docs.codes) add(l, { t: 'law', name: l, code: true });
  for (const o of officialRecords()) {
    officials.set(o.id, o);
    add(o.name, { t: 'official', rec: o });
    for (const a of o.aliases ?? []) if (a.trim().split(/\s+/).length >= 2) add(a, { t: 'official', rec: o });
  }
  for (const w of watch) {
    const id = `watch:${slugify(w.name)}`;
    for (const n of [w.name, ...(w.aliases ?? [])]) add(n, { t: 'watch', kind: w.kind, id, name: w.name });
  }
  // Synthetic bodies for the growth benchmark: same shapes as real names, distinct words.
  for (let k = 1; k < scale; k++) {
    for (const rec of bodyRecords) {
      addBody({ ...rec, id: `${rec.id}-x${k}`, name: `${rec.name} Xtest${k}`, abbr: undefined, aliases: undefined, tags: [] });
    }
    for (const o of officialRecords()) add(`${o.name} Ytest${k}`, { t: 'official', rec: o });
  }
  pending.into(trie);
  return { trie, bodies, localities, officials, sources: data.sources };
}
