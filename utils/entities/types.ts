import type { EntityKind } from '../model';

/** One entity found in a text. Offsets are UTF-16 code units into the text given, end exclusive. */
export interface EntitySpan {
  kind: EntityKind;
  start: number;
  end: number;
  /** The original characters at [start, end). */
  text: string;
  /** Gazetteer record id ("official:vo-van-thuong", "body:bo-chinh-tri", ...), when one matched. */
  id?: string;
  /** For an official found by rule: the title chain read before the name. */
  role?: string;
}

/** A position held by an official. Dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD); to: null = still held. */
export interface Position {
  title: string;
  /** The organisation, as written in Vietnamese ("Ban Bí thư khóa XIII", "Chính phủ"). */
  org?: string;
  from?: string;
  to?: string | null;
  source: string;
}

export interface OfficialRecord {
  /** Slug, unique among officials ("vo-van-thuong"); the span id is `official:${id}`. */
  id: string;
  name: string;
  /** Other spellings and short forms that identify this person in running text. */
  aliases?: string[];
  /** ISO 3166 alpha-2; "VN" when absent. */
  country?: string;
  positions: Position[];
}

/** A body of the political system, as kept in data/bodies.json. */
export interface BodyRecord {
  /** Slug; the span id is `body:${id}`. */
  id: string;
  name: string;
  /** central, province, district, commune, local (any local level) or foreign. */
  level: string;
  /** Short forms matched case-sensitively ("UBND", "MTTQ"). */
  abbr?: string[];
  /** Other names matched case-insensitively. */
  aliases?: string[];
  parent?: string;
  from?: string;
  to?: string;
  /** Id of the body that took over its functions. */
  successor?: string;
  /** Grammar tags: local, place, needs-place, prefix, only-prefix, standing, term, na, steering ... */
  tags?: string[];
  country?: string;
  /** Key into the file's `sources`. */
  src: string;
}

/** A province or centrally-run city, as kept in data/bodies.json. */
export interface LocalityRecord {
  id: string;
  name: string;
  /** "tỉnh" or "thành phố". */
  type: string;
  aliases?: string[];
  /** Last day it existed (merged in the 2025 reform). */
  to?: string;
  successor?: string;
  /** Provinces merged into it on 2025-07-01. */
  absorbed?: string[];
  /** The bare name is only a place after a level word ("thành phố Hồ Chí Minh"). */
  needsLevel?: boolean;
  note?: string;
  src: string;
}

/** Display data for an entity's hover card. */
export interface EntityCard {
  kind: import('../model').EntityKind;
  /** Canonical name. */
  name: string;
  id?: string;
  /** Official: the positions held at the article date, and the ones held now. */
  positionsAtDate?: Position[];
  currentPositions?: Position[];
  role?: string;
  /** Body: full name, level, and successor when it was merged or dissolved. */
  fullName?: string;
  level?: string;
  validFrom?: string;
  validTo?: string;
  successor?: string;
  /** Document: type, issuer, number and year read from the text. */
  docType?: string;
  issuer?: string;
  number?: string;
  year?: string;
  /** Source URLs of the facts shown. */
  sources?: string[];
}
