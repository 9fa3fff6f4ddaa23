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
  /** For an official: the office the text gives them (the title chain before the name, or the office after it). */
  role?: string;
  /**
   * The ids of the bodies named in that role ("body:quan-khu-7"): the card compares them with the
   * offices the data lists for a name it knows, to tell when they may be two people of one name.
   */
  roleBodies?: string[];
  /**
   * For an official the data knows, with no role: words next to the name call the person something
   * that is no office ("Anh Nguyễn Văn Hùng, một người dân"; ordinary.ts), so the card says the
   * article names none and the facts may be another person's of that name.
   */
  ordinaryPerson?: true;
  /**
   * For an official the data knows, with no role: the post in a company the text gives the name
   * ("cựu chủ tịch FLC", "Chủ tịch HĐQT Công ty cổ phần X"; companies.ts). No office of the State:
   * the card warns when the data's person never held a post in a company.
   */
  companyPost?: string;
  /**
   * A body named without its place: the id has the one place of its level the article names, and
   * this is that place as the article writes it ("Hà Giang", "xã Trung Hạ"; article-places.ts).
   */
  placeFromArticle?: string;
  /**
   * A body named without its place in a provincial paper's article that names no place of its
   * level: the id has the paper's province, and this is the paper's name ("Báo Thanh Hóa").
   */
  placeFromSite?: string;
  /**
   * For an official the data holds more than one person of this name: the others' ids, when the
   * text did not settle which one it means (namesakes.ts): the card names them.
   */
  namesakes?: string[];
}

/** The id prefix of a name from the reader's watch list ("watch:<slug>"). */
export const WATCH_ID_PREFIX = 'watch:';

/** A span the reader's watch list found (not the built-in data). */
export const isWatchListSpan = (s: Pick<EntitySpan, 'id'>): boolean => !!s.id?.startsWith(WATCH_ID_PREFIX);

/**
 * A military or police rank, the whole of a role, perhaps after a word of address ("Thượng tướng",
 * "Chuẩn Đô đốc", "đồng chí Thượng tướng"): no office.
 */
export const isRankOnly = (role: string | undefined): boolean =>
  !!role &&
  /^((các )?(đồng chí|ông|bà) )?((đại|thượng|trung|thiếu) (tướng|tá|úy|uý)|(chuẩn |phó )?đô đốc)$/iu.test(role.trim());

/** An official's role that is a defendant's ("Bị cáo Nguyễn Văn A"), not an office. */
export const isAccused = (role: string | undefined): boolean => !!role && /^bị (cáo|can)$/iu.test(role.trim());

/**
 * A position held by an official (data/officials/README.md). Dates are ISO: YYYY-MM-DD, or YYYY-MM
 * / YYYY where no source gives the day. `to`: a date = the last day held; null = checked as still
 * held on `checked` (or the file's date); absent = the end is not known.
 */
export interface Position {
  title: string;
  /** The organisation, as written in Vietnamese ("Ban Bí thư khóa XIII", "Chính phủ"). */
  org?: string;
  from?: string;
  /**
   * `from` is only the earliest day a source shows the position held (or the latest its start can
   * be): it began then or before. The card says "or earlier", never that it began that day.
   */
  fromBy?: true;
  to?: string | null;
  /** For `to: null`: the day it was last checked as held, when not the file's date. */
  checked?: string;
  /** A public page that states the position (its start, and its end unless endSource says it). */
  source: string;
  /** A public page that states the end (relief, death, retirement, a successor's appointment). */
  endSource?: string;
  /**
   * Not in the data files: the last day a position whose end is not known can have been held, the
   * last day of the province its organ belonged to (merged in 2025; official-facts.ts).
   */
  endBy?: string;
  /** Why no source settles this position; the card says it is unconfirmed. */
  unconfirmed?: string;
  note?: string;
}

export interface OfficialRecord {
  /** Slug, unique among officials ("vo-van-thuong"); the span id is `official:${id}`. */
  id: string;
  name: string;
  /** Other spellings and short forms that identify this person in running text. */
  aliases?: string[];
  /** ISO 3166 alpha-2; "VN" when absent. */
  country?: string;
  born?: string;
  /** Date of death, with its source: no position runs past it. */
  died?: string;
  diedSource?: string;
  /**
   * For one of two or more people the data names alike: what tells this one apart, for the
   * data's editors ("An Giang's chairman 2019–2024, born 1964"). The engine tells them apart by
   * the office the article gives and its date (namesakes.ts); the checks require it of each.
   */
  distinct?: string;
  note?: string;
  positions: Position[];
  /** The day the record's file was checked (set when the files are read). */
  checked?: string;
}

/** What makes two records one name: the name as written, and the country ("VN" when absent). */
export const personNameKey = (o: Pick<OfficialRecord, 'name' | 'country'>): string => `${o.name}|${o.country ?? ''}`;

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
  /** A local organ whose district-level units ended before the districts did (district police, 2025-03-01). */
  districtEnded?: string;
  /** Grammar tags: local, place, needs-place, prefix, only-prefix, standing, term, na, steering ... */
  tags?: string[];
  /**
   * Where a card takes its level from: "name", the organ's name says it whatever place follows
   * ("Tỉnh ủy", "Huyện đoàn"); "city", a city's organ ("Thành ủy"), a province's level for a
   * centrally-run city and a district's for a province's town. Else the place or the record.
   */
  levelOf?: 'name' | 'city';
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
  /** A province that became a centrally-run city that day: before it, "thành phố X" was its town. */
  cityFrom?: string;
  /** Its name as a province, before `cityFrom` ("Thừa Thiên Huế"). */
  provinceName?: string;
  note?: string;
  src: string;
}

/** Display data for an entity's hover card. */
export interface EntityCard {
  kind: import('../model').EntityKind;
  /** Canonical name. */
  name: string;
  id?: string;
  role?: string;
  /** Body: full name, level, and successor when it was merged or dissolved. */
  fullName?: string;
  level?: string;
  validFrom?: string;
  validTo?: string;
  successor?: string;
  /** Its place, not in its words: the one province or city the article names ("tỉnh Hà Giang"). */
  placeFromArticle?: string;
  /** Its place, not in its words nor in the article's: the paper's province ("tỉnh Thanh Hóa (Báo Thanh Hóa)"). */
  placeFromSite?: string;
  /** The short name, written here, that this body shared with the one before or after it (dated-names.ts). */
  shared?: import('./dated-names').SharedName;
  /** Document: type, issuer, number and year read from the text. */
  docType?: string;
  issuer?: string;
  number?: string;
  year?: string;
  /** Source URLs of the facts shown. */
  sources?: string[];
}
