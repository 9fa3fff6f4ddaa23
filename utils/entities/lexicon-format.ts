/**
 * The packed lexicon's binary layout, shared by the packer (pack.ts, build time) and the reader
 * (packed-lexicon.ts): a header of 32-bit counts, then typed-array sections, each starting on a
 * 4-byte boundary, then the strings (UTF-8, one per line: the syllables, then the cased forms).
 *
 * - syllables: every folded token of the gazetteer's phrases and of the grammar's word lists
 *   (a page puts them in a Map); flags: what each syllable is to the grammar (SYLLABLE_FLAGS);
 *   firstTypes: the term types (TERM bits) of the phrases that start with it;
 * - the phrase trie over syllable ids: node n's children are childSyllable/childNode
 *   [childStart[n], childStart[n + 1]), sorted by syllable; its phrases are phraseCode/phraseCased
 *   [phraseStart[n], phraseStart[n + 1]) in the data's order (term-codes.ts; the index of the
 *   exact capitals for an abbreviation, or -1);
 * - pairSlot: the pairs of syllables seen together in names, as (a << 16 | b) + 1, open addressing.
 *
 * Syllables, trie nodes and phrases are counted in 16 bits (a few thousand today): the packer
 * stops with an error naming the section that outgrows them.
 */

export const LEXICON_MAGIC = 0x564e414c; // "VNAL"
export const LEXICON_VERSION = 1;

/** Header words, in order. */
export const HEADER = [
  'magic',
  'version',
  'syllables',
  'nodes',
  'edges',
  'phrases',
  'casedForms',
  'pairSlots',
  'stringBytes',
] as const;

/** What a syllable is to the grammar. */
export const SYLLABLE_FLAGS = {
  /** A Vietnamese surname ("Nguyễn"). */
  surname: 1,
  /** So common a surname that a capitalised run starting with it is a person ("Trần"). */
  strongSurname: 2,
  /** Never the first word of a name ("Trong", "Chiều"). */
  notName: 4,
  /** Ends a run of a name ("Chiều", "Theo"). */
  nameBreak: 8,
  /** Seen in the name of a body, a department, a law or a field of work. */
  nameWord: 16,
  /** Starts the head word of a unit ("Cục", "Bộ Tư lệnh": unitAt). */
  unitHead: 32,
  /** Starts a document type word ("Nghị quyết": documents.ts). */
  documentWord: 64,
} as const;

/** Sections after the header: name, element type, length (from the header counts). */
export const SECTIONS = [
  ['flags', 'u16', (h: Record<string, number>) => h.syllables],
  ['firstTypes', 'u16', (h: Record<string, number>) => h.syllables],
  ['childStart', 'u16', (h: Record<string, number>) => h.nodes + 1],
  ['childSyllable', 'u16', (h: Record<string, number>) => h.edges],
  ['childNode', 'u16', (h: Record<string, number>) => h.edges],
  ['phraseStart', 'u16', (h: Record<string, number>) => h.nodes + 1],
  ['phraseCode', 'i32', (h: Record<string, number>) => h.phrases],
  ['phraseCased', 'i32', (h: Record<string, number>) => h.phrases],
  ['pairSlot', 'u32', (h: Record<string, number>) => h.pairSlots],
] as const;

export const BYTES = { u16: 2, u32: 4, i32: 4 } as const;
