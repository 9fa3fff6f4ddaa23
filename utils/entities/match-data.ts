/**
 * The fields of the gazetteer's records that matching reads, packed as JSON beside the lexicon
 * (pack.ts) and parsed on a page's first look-up: the cards' full records stay unparsed until a
 * card is shown (records.ts).
 */
import { PACKED } from './data/gazetteer.packed';
import type { Position } from './types';

/** A body as matching knows it. */
/** The tag pack.ts gives a body that ended (BodyRecord.to), in BodyInfo.tags. */
export const ENDED_TAG = 'ended';

export interface BodyInfo {
  id: string;
  /** Set for a unit read from its structure (units.ts); the gazetteer's are in records.ts. */
  name?: string;
  level: string;
  tags?: string[];
  abbr?: string[];
}

export interface LocalityInfo {
  id: string;
  /** The bare name is only a place after a level word ("thành phố Hồ Chí Minh"). */
  needsLevel?: boolean;
  /** A province ("tỉnh"), or one until it became a city: "thành phố" + its name may be its town. */
  province?: boolean;
}

export interface MatchData {
  bodies: BodyInfo[];
  localities: LocalityInfo[];
  /**
   * Each country's id (the slug of its first name: "nga" for "Nga", "Liên bang Nga", "LB Nga"), by
   * index: another country's organ is named by it, however the text names the country.
   */
  countries: string[];
  /** Another country's regions, by index: the region's id and its country's ("quang-tay", "trung-quoc"). */
  regions: [id: string, country: string][];
  /** How many laws and codes the data names (matching needs no more of them). */
  /** Each official's id, by record index. */
  officials: string[];
  /** The ids of the officials of another country (OfficialRecord.country). */
  foreignOfficials: string[];
  /** The ids of the officials the data lists in an aide's office ("Trợ lý Tổng Bí thư"). */
  aides: string[];
  laws: number;
  codes: number;
  /** Per LEVELS entry: a province-level word. */
  provinceLevels: boolean[];
  /** Codes of document types and issuers a bare symbol may carry. */
  documentCodes: string[];
  /** The lexicon's word lists, spelt as the matching preset spells the text (words.ts). */
  words: {
    surnames: string[];
    strongSurnames: string[];
    notName: string[];
    nameBreak: string[];
    genericAfter: string[];
    companyWords: string[][];
  };
  /**
   * Short names two bodies shared one after the other (dated-names.ts): the name's key, the
   * earlier body's id and name, the later one's, and the earlier one's last day.
   */
  shared: [key: string, beforeId: string, beforeName: string, afterId: string, afterName: string, until: string][];
  /**
   * People the data names alike (OfficialRecord.distinct), a group per name in the data's order,
   * with the offices the engine weighs to tell which one a text means (namesakes.ts).
   */
  namesakes: NamesakeRecord[][];
}

/** One of two or more people of one name, as namesakes.ts weighs them: their offices and dates only. */
export interface NamesakeRecord {
  id: string;
  country?: string;
  positions: Position[];
}

let parsed: MatchData | undefined;
export function matchData(source: string = PACKED.match): MatchData {
  if (source !== PACKED.match) return JSON.parse(source) as MatchData;
  parsed ??= JSON.parse(source) as MatchData;
  return parsed;
}
