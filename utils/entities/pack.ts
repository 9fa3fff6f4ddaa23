/**
 * Packs the gazetteer for the extension (build time; scripts/build/gazetteer.ts writes the result
 * to data/gazetteer.packed.ts, and a unit test checks that file is up to date):
 * - the lexicon: syllables, phrase trie, grammar flags and name pairs, binary (lexicon-format.ts)
 *   and base64, for a page to decode natively;
 * - the few fields of each record that matching reads (MatchData), as JSON;
 * - the records that name what the engine finds (bodies, localities, document types, issuers,
 *   officials' names), as JSON, parsed on the first name asked for;
 * - the officials with their positions and sources, as JSON, apart: only the card frame, the
 *   dossier and the CLIs read them, so the content script does not carry them.
 * Strings, not object literals: a page compiles a string literal at no cost worth measuring.
 */
import { normalize, matchKey, slugify } from '../text/normalize';
import { phraseTokens } from '../text/tokens';
import { CLAUSE_PAIR_LIST, CLAUSE_WORDS, RELATION_WORDS } from './clause';
import {
  allBodies,
  bodySources,
  districtsMerged,
  codeTitles,
  countryNames,
  regionRecords,
  documentTypes,
  gazetteerPhrases,
  issuerCodes,
  lawTitles,
  localityRecords,
  officialRecords,
} from './gazetteer-data';
import { DOMAIN_WORDS, UNIT_HEAD_PHRASES, UNIT_QUALIFIER_PHRASES } from './lexicon-bodies';
import { DOCUMENT_WORD_PHRASES, ORDINAL_WORDS } from './lexicon-documents';
import {
  COMPANY_WORDS,
  GENERIC_AFTER,
  GRAMMAR_WORDS,
  LEVELS,
  NAME_BREAK,
  NOT_NAME,
  PROVINCE_LEVELS,
  STRONG_SURNAMES,
  SURNAMES,
} from './lexicon';
import { BYTES, HEADER, LEXICON_MAGIC, LEXICON_VERSION, SECTIONS, SYLLABLE_FLAGS } from './lexicon-format';
import { pairHome } from './packed-lexicon';
import { ENDED_TAG, type BodyInfo, type MatchData, type NamesakeRecord } from './match-data';
import { type OfficialRecord, personNameKey } from './types';
import { SORT_BIT, termSort } from './term-codes';
import { sharedNamesOf } from './dated-names';

export interface PackedGazetteer {
  /** The lexicon, base64. */
  lexicon: string;
  /** MatchData as JSON. */
  match: string;
  /** The records that name entities, as JSON (records.ts). */
  records: string;
  /** Every official with positions and sources, as JSON (official-facts.ts). */
  officials: string;
}

const cased = (words: readonly string[]) => words.map((w) => normalize(w, 'matching'));
const pow2 = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(2, n)));
/** An aide's office: "Trợ lý Tổng Bí thư", "Thư ký Chủ tịch nước". */
const AIDE_TITLE = /^(Trợ lý|Thư ký)\s/u;

export function packGazetteer(): PackedGazetteer {
  const phrases = gazetteerPhrases().map((p) => ({ ...p, tokens: phraseTokens(p.text) }));
  // Syllables: the phrases' folded tokens, and the words the grammar compares tokens with.
  const ids = new Map<string, number>();
  const syllables: string[] = [];
  const idOf = (s: string) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = syllables.push(s) - 1));
    return id;
  };
  for (const p of phrases) p.tokens.folded.forEach(idOf);
  const grammar = [
    ...CLAUSE_WORDS,
    ...CLAUSE_PAIR_LIST,
    ...RELATION_WORDS,
    ...ORDINAL_WORDS,
    ...DOCUMENT_WORD_PHRASES.map(([w]) => w),
    ...UNIT_HEAD_PHRASES.map(([w]) => w),
    ...UNIT_QUALIFIER_PHRASES.map(([w]) => w),
    ...DOMAIN_WORDS,
    ...SURNAMES,
    ...NOT_NAME,
    ...NAME_BREAK,
    ...COMPANY_WORDS,
    ...GENERIC_AFTER,
    ...GRAMMAR_WORDS,
  ];
  for (const w of grammar) for (const t of phraseTokens(w).folded) idOf(t);
  if (syllables.length >= 0xffff) throw new Error('pack: more than 65,534 syllables; widen the slot table');

  // Grammar flags, and the pairs of syllables seen together in names.
  const flags = new Uint16Array(syllables.length);
  const flag = (words: readonly string[], bit: number) => {
    for (const w of words) for (const t of phraseTokens(w).folded) flags[idOf(t)] |= bit;
  };
  flag(SURNAMES, SYLLABLE_FLAGS.surname);
  flag(STRONG_SURNAMES, SYLLABLE_FLAGS.strongSurname);
  flag(NOT_NAME, SYLLABLE_FLAGS.notName);
  flag(NAME_BREAK, SYLLABLE_FLAGS.nameBreak);
  const pairs = new Set<number>();
  const names = [
    ...allBodies().flatMap((b) => [b.name, ...(b.aliases ?? [])]),
    ...lawTitles,
    ...codeTitles,
    ...DOMAIN_WORDS,
  ];
  for (const name of names) {
    const words = phraseTokens(name).folded.filter((w) => /[\p{L}\p{N}]/u.test(w));
    words.forEach((w, k) => {
      flags[idOf(w)] |= SYLLABLE_FLAGS.nameWord;
      if (k > 0) pairs.add(((idOf(words[k - 1]) << 16) | idOf(w)) >>> 0);
    });
  }

  for (const [w] of UNIT_HEAD_PHRASES) flags[idOf(phraseTokens(w).folded[0])] |= SYLLABLE_FLAGS.unitHead;
  for (const [w] of DOCUMENT_WORD_PHRASES) flags[idOf(phraseTokens(w).folded[0])] |= SYLLABLE_FLAGS.documentWord;
  const firstTypes = new Uint16Array(syllables.length);
  for (const p of phrases)
    if (p.tokens.folded.length) firstTypes[idOf(p.tokens.folded[0])] |= SORT_BIT[termSort(p.code)];

  // The phrase trie: nodes numbered as they are made; each node's phrases in the data's order.
  const children: Map<number, number>[] = [new Map()];
  const nodePhrases: number[][] = [[]];
  const casedForms: string[] = [];
  const phraseCased: number[] = [];
  phrases.forEach((p, k) => {
    let node = 0;
    for (const t of p.tokens.folded) {
      const syl = idOf(t);
      let next = children[node].get(syl);
      if (next === undefined) {
        next = children.push(new Map()) - 1;
        nodePhrases.push([]);
        children[node].set(syl, next);
      }
      node = next;
    }
    if (!p.tokens.folded.length) return;
    nodePhrases[node].push(k);
    phraseCased[k] = p.caseSensitive ? casedForms.push(p.tokens.cased.join(' ')) - 1 : -1;
  });
  const nodes = children.length;
  const childStart = new Uint32Array(nodes + 1);
  const edgesList: [number, number][] = [];
  children.forEach((m, n) => {
    childStart[n] = edgesList.length;
    for (const e of [...m].sort((a, b) => a[0] - b[0])) edgesList.push(e);
  });
  childStart[nodes] = edgesList.length;
  const phraseStart = new Uint32Array(nodes + 1);
  const codes: number[] = [];
  const casedIndex: number[] = [];
  nodePhrases.forEach((list, n) => {
    phraseStart[n] = codes.length;
    for (const k of list) {
      codes.push(phrases[k].code);
      casedIndex.push(phraseCased[k]);
    }
  });
  phraseStart[nodes] = codes.length;
  if (codes.length !== phrases.filter((p) => p.tokens.folded.length).length) throw new Error('pack: a phrase was lost');

  const pairSlots = pow2(pairs.size * 1.6);
  const pairSlot = new Uint32Array(pairSlots);
  for (const key of pairs) {
    let slot = pairHome(key, pairSlots - 1);
    while (pairSlot[slot]) slot = (slot + 1) & (pairSlots - 1);
    pairSlot[slot] = key + 1;
  }

  const strings = new TextEncoder().encode([...syllables, ...casedForms].join('\n'));
  const header: Record<string, number> = {
    magic: LEXICON_MAGIC,
    version: LEXICON_VERSION,
    syllables: syllables.length,
    nodes,
    edges: edgesList.length,
    phrases: codes.length,
    casedForms: casedForms.length,
    pairSlots,
    stringBytes: strings.length,
  };
  const sections: Record<string, ArrayLike<number>> = {
    flags,
    firstTypes,
    childStart,
    childSyllable: edgesList.map((e) => e[0]),
    childNode: edgesList.map((e) => e[1]),
    phraseStart,
    phraseCode: codes,
    phraseCased: casedIndex,
    pairSlot,
  };
  const bytes = encodeLexicon(header, sections, strings);

  const match: MatchData = {
    bodies: allBodies().map((b) => {
      const info: BodyInfo = { id: b.id, level: b.level };
      // (A body that ended is tagged so: the grammar may weigh a name of the past, ministries.ts.)
      const tags = b.to ? [...(b.tags ?? []), ENDED_TAG] : b.tags;
      if (tags?.length) info.tags = tags;
      if (b.abbr?.length) info.abbr = b.abbr;
      return info;
    }),
    localities: localityRecords.map((l) => ({
      id: l.id,
      ...(l.needsLevel ? { needsLevel: true } : {}),
      // A province until it became a city (Huế, 2025): "thành phố Huế" may be its town.
      ...(l.type === 'tỉnh' || l.cityFrom ? { province: true } : {}),
    })),
    countries: countryNames.map((names) => slugify(names[0])),
    regions: regionRecords.map((r) => [slugify(r.names[0]), slugify(r.country)]),
    officials: officialRecords().map((o) => o.id),
    foreignOfficials: officialRecords()
      .filter((o) => o.country && o.country !== 'VN')
      .map((o) => o.id),
    aides: officialRecords()
      .filter((o) => o.positions.some((p) => AIDE_TITLE.test(p.title)))
      .map((o) => o.id),
    laws: lawTitles.length,
    codes: codeTitles.length,
    provinceLevels: LEVELS.map((l) => PROVINCE_LEVELS.has(matchKey(l))),
    documentCodes: [...documentTypes.flatMap((t) => t.abbr), ...Object.keys(issuerCodes)],
    words: {
      surnames: cased(SURNAMES),
      strongSurnames: cased(STRONG_SURNAMES),
      notName: cased(NOT_NAME),
      nameBreak: cased(NAME_BREAK),
      genericAfter: cased(GENERIC_AFTER),
      companyWords: COMPANY_WORDS.map((w) => matchKey(w).split(' ')),
    },
    shared: [...sharedNamesOf(allBodies())].map(([key, n]) => [
      key,
      n.before.id,
      n.before.name,
      n.after.id,
      n.after.name,
      n.until,
    ]),
    namesakes: namesakeGroups(officialRecords()),
  };
  const records = {
    bodies: allBodies(),
    localities: localityRecords,
    sources: bodySources,
    documentTypes,
    issuers: issuerCodes,
    countries: countryNames,
    districtsMerged,
    officials: officialRecords().map((o) => ({ id: o.id, name: o.name, ...(o.aliases ? { aliases: o.aliases } : {}) })),
  };
  return {
    lexicon: toBase64(bytes),
    match: JSON.stringify(match),
    records: JSON.stringify(records),
    officials: JSON.stringify(officialRecords()),
  };
}

/** The lexicon's bytes (lexicon-format.ts): the header, each section, then the strings. */
export function encodeLexicon(
  header: Record<string, number>,
  sections: Record<string, ArrayLike<number>>,
  strings: Uint8Array,
): Uint8Array {
  let size = HEADER.length * 4;
  for (const [, type, length] of SECTIONS) size += (length(header) * BYTES[type] + 3) & ~3;
  const bytes = new Uint8Array(size + strings.length);
  const view = new DataView(bytes.buffer);
  HEADER.forEach((k, i) => view.setUint32(i * 4, header[k], true));
  let at = HEADER.length * 4;
  for (const [name, type, length] of SECTIONS) {
    const values = sections[name];
    const n = length(header);
    if (values.length !== n) throw new Error(`pack: section ${name} has ${values.length} values, not ${n}`);
    for (let k = 0; k < n; k++) {
      if (type === 'u16' && values[k] > 0xffff)
        throw new Error(`pack: section ${name} holds ${values[k]}, more than 16 bits (lexicon-format.ts: make it u32)`);
      if (type === 'u16') view.setUint16(at + k * 2, values[k], true);
      else if (type === 'u32') view.setUint32(at + k * 4, values[k], true);
      else view.setInt32(at + k * 4, values[k], true);
    }
    at += (n * BYTES[type] + 3) & ~3;
  }
  bytes.set(strings, at);
  return bytes;
}

/** Base64 of bytes with the platform's btoa (Node and browsers alike), in chunks the call stack takes. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The records of each name the data gives two or more people (MatchData.namesakes). */
export function namesakeGroups(records: readonly OfficialRecord[]): NamesakeRecord[][] {
  const byName = new Map<string, OfficialRecord[]>();
  for (const o of records) {
    const key = personNameKey(o);
    byName.set(key, [...(byName.get(key) ?? []), o]);
  }
  return [...byName.values()]
    .filter((group) => group.length > 1)
    .map((group) =>
      group.map((o) => ({
        id: o.id,
        ...(o.country ? { country: o.country } : {}),
        positions: o.positions.map(({ note, ...p }) => p),
      })),
    );
}
