import type { Scan } from '../scan';

/**
 * The id of a body no record describes (a foreign party's organ, another country's counterpart of
 * ours, an organ of the Front's block): its parts joined by single dashes. The card looks a body
 * up by the part of its id before the first "--" (card.ts), so an id with none finds no record,
 * and no card shows our organ's facts for it.
 */
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
  const end = s.f(organEnd - 1) === 'nước' && organEnd - 1 > i ? organEnd - 1 : organEnd;
  return ownId(s.slugOf(i, end), country.id);
}
