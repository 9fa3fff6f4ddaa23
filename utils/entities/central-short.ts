/**
 * How the press shortens "Trung ương" in a central body's name ("Ban Tổ chức TW", "Văn phòng T.Ư
 * Đảng"): the gazetteer takes each form (gazetteer-data.ts), the card spells them out (card.ts).
 */
export const CENTRAL_SHORT = ['TƯ', 'T.Ư', 'TW'] as const;

/** The forms one token long, as a text's tokens are compared with them (as written: "tư" is a word). */
export const CENTRAL_SHORT_WORDS: ReadonlySet<string> = new Set(CENTRAL_SHORT.filter((w) => !w.includes('.')));

const SHORT = /(^|\s)(T\.Ư|TƯ|TW)(?=\s|$)/g;

/** The text with each short form of "Trung ương" written out. */
export const spellCentralOut = (text: string): string => text.replace(SHORT, '$1Trung ương');
