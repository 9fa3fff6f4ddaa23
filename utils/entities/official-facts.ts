/**
 * Every official with positions, dates and sources, packed as JSON by pack.ts and parsed on first
 * use. Read by the card frame, the dossier and the CLIs, never by the content script, which needs
 * only names (records.ts): its bundle does not carry these.
 */
import { OFFICIALS } from './data/gazetteer.packed';
import { matchOfficial } from './card';
import type { EntitySpan, OfficialRecord } from './types';

let officials: OfficialRecord[] | undefined;
export function officialFacts(): OfficialRecord[] {
  officials ??= JSON.parse(OFFICIALS) as OfficialRecord[];
  return officials;
}

/** The official a span names, with every position: by its id, else by name or alias. */
export function findOfficial(span: EntitySpan): OfficialRecord | undefined {
  return matchOfficial(officialFacts(), span);
}
