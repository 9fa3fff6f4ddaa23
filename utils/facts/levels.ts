/**
 * The levels a card or the dossier names for a body ("page.level.<level>"). Not "local", any
 * local level, which says nothing; "international" is an organisation of nations (the UN, ASEAN,
 * the EU), which is no other country's.
 */
export const CARD_LEVELS: ReadonlySet<string> = new Set([
  'central',
  'province',
  'district',
  'commune',
  'foreign',
  'international',
]);
