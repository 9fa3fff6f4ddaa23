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
