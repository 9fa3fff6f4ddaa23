import { matchData, type BodyInfo } from '../match-data';
import type { Scan } from '../scan';

/**
 * The id of a body no record describes (a foreign party's organ, another country's counterpart of
 * ours, an organ of the Front's block): its parts joined by single dashes. The card looks a body
 * up by the part of its id before the first "--" (card.ts), so an id with none finds no record,
 * and no card shows our organ's facts for it.
 */
/** The last part of the id of another country's organ whose country the text does not say ("thuong-vien-nuoc-ngoai"). */
export const ABROAD = 'nuoc-ngoai';

/** A Party committee's id ("tinh-uy", "quan-uy-trung-uong"): one that has a standing committee. */
export const COMMITTEE_ID = /(^|-)uy(-|$)/;

/**
 * A prefix's id before the body it belongs to: "Thường vụ Tỉnh ủy" is its "Ban Thường vụ", one id
 * however the text names it (not so "Thường vụ Quân ủy Trung ương", the organ's own name).
 */
export const prefixId = (prefix: string, inner: BodyInfo): string =>
  prefix === 'thuong-vu' && COMMITTEE_ID.test(inner.id) && inner.level !== 'central' ? 'ban-thuong-vu' : prefix;

export const ownId = (...parts: string[]): string =>
  parts
    .filter(Boolean)
    .map((p) => p.replace(/-+/g, '-'))
    .join('-');

/**
 * Another country's organ: its own words and the country's id, however the text names the country
 * ("Bộ Ngoại giao Liên bang Nga", "Bộ Ngoại giao LB Nga" and "Bộ Ngoại giao Nga" are one,
 * "bo-ngoai-giao-nga"; "Quốc hội nước CHDCND Lào" is "quoc-hoi-lao"). `organEnd`: where the
 * organ's words end ("nước" before the country is not one of them).
 */
export function countryOrganId(s: Scan, i: number, organEnd: number, country: { id: string }): string {
  // ("nước" of "Quốc hội nước Lào" goes, not that of "Hội đồng Nhà nước".)
  const end = s.f(organEnd - 1) === 'nước' && s.f(organEnd - 2) !== 'nhà' && organEnd - 1 > i ? organEnd - 1 : organEnd;
  return ownId(s.slugOf(i, end), country.id);
}

/**
 * A foreign party's organ by one name however the text reaches it, so its dossier is one: "Trung
 * ương Đảng Cộng sản Trung Quốc", "Ban Chấp hành Trung ương ..." and "Trung ương Đảng ..." are its
 * Central Committee ("...-ban-chap-hanh-trung-uong"); "Bộ Chính trị Trung ương ..." is its
 * Politburo ("...-bo-chinh-tri"); "Ban Tổ chức" + "Trung ương ..." its Organisation Department
 * ("...-ban-to-chuc-trung-uong"). `organ`: the organ's words as a slug, in the order the engine
 * composed them (a prefix may come last: "trung-uong-ban-chap-hanh").
 */
export function partyOrganId(party: string, organ: string): string {
  let o = organ
    .split('-')
    .filter((w) => w !== 'dang')
    .join('-');
  // A prefix composed after its organ goes first: "bo-chinh-tri-trung-uong-thuong-vu".
  const prefix = /-((?:ban-)?thuong-vu|ban-chap-hanh)$/.exec(o);
  if (prefix) o = `${prefix[1].replace(/^ban-thuong-vu$/, 'thuong-vu')}-${o.slice(0, -prefix[0].length)}`;
  if (o === 'trung-uong' || o === 'ban-chap-hanh-trung-uong') return ownId(party, 'ban-chap-hanh-trung-uong');
  if (o.startsWith('trung-uong-')) o = `${o.slice('trung-uong-'.length)}-trung-uong`;
  return ownId(party, o.replace(/^((?:thuong-vu-)?(?:bo-chinh-tri|ban-bi-thu))-trung-uong$/, '$1'));
}

let byId: Map<string, BodyInfo> | undefined;
/** The data's body of this id (a map made on the first look-up). */
export const bodyInfo = (id: string): BodyInfo | undefined =>
  (byId ??= new Map(matchData().bodies.map((b) => [b.id, b]))).get(id);

/**
 * A board of the Central Committee the data knows by its short name, for its prefix's id and the
 * body after it, with that body's term: "Ban Đối ngoại" + "Trung ương Đảng Cộng sản Việt Nam" is
 * "Ban Đối ngoại Trung ương" (ban-doi-ngoai-trung-uong), one id however long the text writes it;
 * "Ủy ban Kiểm tra" + "Trung ương Đảng khóa XIV" keeps "--khoa-xiv".
 */
export function centralBoard(
  prefix: string,
  inner: { id: string; rec: BodyInfo },
): { id: string; rec: BodyInfo } | undefined {
  if (inner.rec.id !== 'ban-chap-hanh-trung-uong-dang') return undefined;
  const rec = bodyInfo(`${prefix}-trung-uong`);
  return rec && { id: rec.id + inner.id.slice(inner.rec.id.length), rec };
}
