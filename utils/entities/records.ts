/**
 * The records the hover cards show (officials with their positions and sources, bodies,
 * localities, document types), packed as JSON by pack.ts and parsed when the first card is shown.
 */
import { PACKED } from './data/gazetteer.packed';
import type { BodyRecord, LocalityRecord, OfficialRecord } from './types';

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
  officials: OfficialRecord[];
}

let records: CardRecords | undefined;
export function cardRecords(): CardRecords {
  records ??= JSON.parse(PACKED.records) as CardRecords;
  return records;
}
