/**
 * Every official with positions, dates and sources, packed as JSON by pack.ts and parsed on first
 * use. Read by the card frame, the dossier and the CLIs, never by the content script, which needs
 * only names (records.ts): its bundle does not carry these.
 */
import { OFFICIALS } from './data/gazetteer.packed';
import { matchOfficial } from './card';
import { cardRecords } from './records';
import { matchKey } from '../text/normalize';
import type { EntitySpan, LocalityRecord, OfficialRecord, Position } from './types';

let officials: OfficialRecord[] | undefined;
export function officialFacts(): OfficialRecord[] {
  officials ??= boundByMergers(JSON.parse(OFFICIALS) as OfficialRecord[], cardRecords().localities);
  return officials;
}

/**
 * A position whose end the data does not know, in an organ of a province that merged ("Chủ tịch
 * UBND tỉnh Hậu Giang"), was held at the latest until the province's last day: its `endBy`. So a
 * card never shows it as perhaps held in an article after the merger.
 */
export function boundByMergers(records: OfficialRecord[], localities: readonly LocalityRecord[]): OfficialRecord[] {
  const ended = localities
    .filter((l) => l.to)
    .map((l) => ({ to: l.to!, names: [l.name, ...(l.aliases ?? [])].map(matchKey) }));
  const provinceOf = (p: Position) => {
    const words = ` ${matchKey(`${p.title} ${p.org ?? ''}`)} `;
    return ended.find((l) => l.names.some((n) => words.includes(` ${n} `)));
  };
  for (const rec of records)
    for (const p of rec.positions) {
      if (p.to !== undefined) continue;
      const province = provinceOf(p);
      if (province) p.endBy = province.to;
    }
  return records;
}

/** The official a span names, with every position: by its id, else by name or alias. */
export function findOfficial(span: EntitySpan): OfficialRecord | undefined {
  return matchOfficial(officialFacts(), span);
}
