/**
 * What the data can say about a position on a given day, and how sure it is. Pure: the card, the
 * `who` command and dossiers all read positions through here, so they never disagree.
 *
 * A position is held on day D for certain only when its start is known to be on or before D and
 * its end is known to be on or after D. A month- or year-only date that contains D, an end that
 * is not known, an end "still held" checked before D, or a fact marked unconfirmed all make the
 * answer uncertain, and say why. An end not known reaches one five-year term past the start at most.
 */
import type { OfficialRecord, Position } from '../entities/types';

/** Why a position shown as held on a day is not certain. */
export type Doubt =
  | { reason: 'start-partial'; date: string }
  | { reason: 'end-partial'; date: string }
  | { reason: 'end-unknown' }
  | { reason: 'not-checked-since'; date: string }
  | { reason: 'unconfirmed'; why: string };

export interface HeldPosition {
  title: string;
  org?: string;
  from: string;
  /** The start is only a bound: held from then or earlier (Position.fromBy). */
  fromBy?: true;
  /** As in the data: a date, null (still held when checked), or undefined (end not known). */
  to: string | null | undefined;
  /** The day `to: null` was last checked. */
  checked?: string;
  certain: boolean;
  doubts: Doubt[];
  source: string;
  endSource?: string;
  /** The reader's own fact (from their database), not the gazetteer's. */
  own?: boolean;
}

const isPartial = (d: string) => d.length < 10;
/** Party congresses, the National Assembly and the People's Councils are elected for five years. */
export const TERM_YEARS = 5;
const yearsAfter = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
/** The first and the last day a (possibly partial) ISO date can mean. */
export const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10));
export function lastDay(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number);
    return `${d}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return d.slice(0, 10);
}

/**
 * The position on `day` (ISO, a full date or a partial one, which counts as its first day):
 * null when the data says it was not held then; otherwise held, with its doubts. `checked` is the
 * record's data date, for an end recorded as "still held".
 */
/** Our offices' terms are five years (TERM_YEARS); another country's are not ours to bound (heldOn). */
export const oursToBound = (rec: { country?: string }): boolean => !rec.country || rec.country === 'VN';

export function heldOn(p: Position, day: string, checked: string, termBound = true): HeldPosition | null {
  if (!p.from) return null;
  const d = firstDay(day);
  const doubts: Doubt[] = [];
  if (d < firstDay(p.from)) return null;
  // Its end is not known, but its province's is (official-facts.ts).
  if (p.endBy && d > p.endBy) return null;
  if (isPartial(p.from) && d <= lastDay(p.from)) doubts.push({ reason: 'start-partial', date: p.from });
  if (typeof p.to === 'string') {
    if (d > lastDay(p.to)) return null;
    if (isPartial(p.to) && d >= firstDay(p.to)) doubts.push({ reason: 'end-partial', date: p.to });
  } else if (p.to === null) {
    const asOf = p.checked ?? checked;
    if (d > asOf) doubts.push({ reason: 'not-checked-since', date: asOf });
  } else {
    // An end not known is not carried past one five-year term from the start: a post held longer
    // was elected or appointed again, which a source would show (and the data would then hold).
    // Not another country's: its terms are not ours, and a sitting leader is no former one (r325:
    // Modi, in office since 2014, shown with no position in 2024).
    if (termBound && d > yearsAfter(lastDay(p.from), TERM_YEARS)) return null;
    doubts.push({ reason: 'end-unknown' });
  }
  if (p.unconfirmed) doubts.push({ reason: 'unconfirmed', why: p.unconfirmed });
  return toHeld(p, doubts, checked);
}

function toHeld(p: Position, doubts: Doubt[], checked: string): HeldPosition {
  return {
    title: p.title,
    org: p.org,
    from: p.from ?? '',
    ...(p.fromBy ? { fromBy: true as const } : {}),
    to: p.to,
    checked: p.to === null ? (p.checked ?? checked) : undefined,
    certain: doubts.length === 0,
    doubts,
    source: p.source,
    endSource: p.endSource,
  };
}

/** Every position of the record the data places on `day`, certain ones first, then by start. */
export function positionsOn(rec: OfficialRecord, day: string): HeldPosition[] {
  const checked = rec.checked ?? '';
  return rec.positions
    .map((p) => heldOn(p, day, checked, oursToBound(rec)))
    .filter((h): h is HeldPosition => h !== null)
    .sort((a, b) => Number(b.certain) - Number(a.certain) || b.from.localeCompare(a.from));
}

/**
 * The last positions the data ends before `day` (at most `max`, the latest end first), for a
 * person it places in none that day: who a former official was ("nguyên Chủ tịch nước").
 */
export function positionsBefore(rec: OfficialRecord, day: string, max = 3): HeldPosition[] {
  const checked = rec.checked ?? '';
  const d = firstDay(day);
  return rec.positions
    .filter((p): p is Position & { to: string } => !!p.from && typeof p.to === 'string' && lastDay(p.to) < d)
    .sort((a, b) => lastDay(b.to).localeCompare(lastDay(a.to)))
    .slice(0, max)
    .map((p) => {
      const doubts: Doubt[] = [];
      if (isPartial(p.from ?? '')) doubts.push({ reason: 'start-partial', date: p.from ?? '' });
      if (isPartial(p.to)) doubts.push({ reason: 'end-partial', date: p.to });
      if (p.unconfirmed) doubts.push({ reason: 'unconfirmed', why: p.unconfirmed });
      return toHeld(p, doubts, checked);
    });
}

/**
 * What the data says the person holds now: positions checked as still held, each "as of" its
 * check date. A position whose end is merely unknown is not current; it is listed apart.
 */
export function currentPositions(rec: OfficialRecord): { current: HeldPosition[]; endUnknown: HeldPosition[] } {
  const checked = rec.checked ?? '';
  const current: HeldPosition[] = [];
  const endUnknown: HeldPosition[] = [];
  for (const p of rec.positions) {
    if (!p.from) continue;
    const doubts: Doubt[] = p.unconfirmed ? [{ reason: 'unconfirmed', why: p.unconfirmed }] : [];
    if (p.to === null) current.push(toHeld(p, doubts, checked));
    else if (p.to === undefined) endUnknown.push(toHeld(p, [{ reason: 'end-unknown' }, ...doubts], checked));
  }
  const byStart = (a: HeldPosition, b: HeldPosition) => b.from.localeCompare(a.from);
  return { current: current.sort(byStart), endUnknown: endUnknown.sort(byStart) };
}
