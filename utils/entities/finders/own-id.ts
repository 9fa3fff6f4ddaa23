/**
 * The id of a body no record describes (a foreign party's organ, another country's counterpart of
 * ours, an organ of the Front's block): its parts joined by single dashes. The card looks a body
 * up by the part of its id before the first "--" (card.ts), so an id with none finds no record,
 * and no card shows our organ's facts for it.
 */
export const ownId = (...parts: string[]): string => parts.map((p) => p.replace(/-+/g, '-')).join('-');
