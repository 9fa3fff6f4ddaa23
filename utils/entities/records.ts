/**
 * The records that name what the engine finds (bodies, localities, document types, issuers, and
 * each official's name and aliases), packed as JSON by pack.ts and parsed on first use. The
 * officials' positions are apart (official-facts.ts).
 */
import { PACKED } from './data/gazetteer.packed';
import type { BodyRecord, LocalityRecord, OfficialRecord } from './types';

/** An official as the records name them: no positions (official-facts.ts has those). */
export type OfficialName = Pick<OfficialRecord, 'id' | 'name' | 'aliases'>;

export interface DocumentType {
  id: string;
  name: string;
  abbr: string[];
  aliases?: string[];
}

export interface CardRecords {
  /** The data's bodies, then the departments made from its stems. */
  bodies: BodyRecord[];
  localities: LocalityRecord[];
  sources: Record<string, string>;
  documentTypes: DocumentType[];
  issuers: Record<string, string>;
  /** Each country's names, its id's first ("Nga", "Liên bang Nga", "LB Nga"). */
  countries: string[][];
  officials: OfficialName[];
  /** Districts that ended before the district level did, and what they became (district-ends.ts). */
  districtsMerged: DistrictMerger[];
}

export interface DistrictMerger {
  /** The districts, as a body id names them ("quan-thu-duc", "quan-9"). */
  ids: string[];
  successor: string;
  /** The successor's first day. */
  from: string;
  src: string;
}

let records: CardRecords | undefined;
export function cardRecords(): CardRecords {
  records ??= JSON.parse(PACKED.records) as CardRecords;
  return records;
}
