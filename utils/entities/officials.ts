/**
 * The officials data: one file per group (see data/officials/README.md), read as one list in a
 * fixed order. Each record carries the date its file was checked, which the card shows.
 */
import centralCurrent from './data/officials/central-current.json';
import centralFormer from './data/officials/central-former.json';
import government from './data/officials/government.json';
import provinces from './data/officials/provinces.json';
import foreign from './data/officials/foreign.json';
import type { OfficialRecord } from './types';

interface OfficialsFile {
  checked: string;
  officials: OfficialRecord[];
}

/** The files in the order their records are numbered (the compiled trie refers to that order). */
export const OFFICIALS_FILES = {
  'central-current': centralCurrent,
  'central-former': centralFormer,
  government,
  provinces,
  foreign,
} as Record<string, OfficialsFile>;

let all: OfficialRecord[] | undefined;
export function officialRecords(): OfficialRecord[] {
  all ??= Object.values(OFFICIALS_FILES).flatMap((f) =>
    f.officials.map((o) => ({ ...o, checked: o.checked ?? f.checked })),
  );
  return all;
}
