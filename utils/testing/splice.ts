/**
 * Text edits as splices, with the bookkeeping to follow a range through them. Used by the
 * evaluation and benchmark scripts (and tests) to know where a quote went after an edit.
 */

export interface Splice {
  at: number;
  remove: number;
  insert: string;
}

/** Where a tracked range went: moved (possibly edited inside), or lost. */
export type Tracked = { kind: 'kept'; start: number; end: number } | { kind: 'deleted' } | { kind: 'damaged' };

/** Applies non-overlapping splices (any order) to `text`. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let pos = 0;
  for (const s of sorted) {
    if (s.at < pos) throw new Error(`overlapping splices at ${s.at}`);
    parts.push(text.slice(pos, s.at), s.insert);
    pos = s.at + s.remove;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/**
 * Follows [start, end) through the splices. Text inserted exactly at the start goes before the
 * range, at the end after it; changes strictly inside keep the range (it now covers the edited
 * text); a splice removing all of it deletes it; one crossing a boundary damages it.
 */
export function trackRange(splices: readonly Splice[], start: number, end: number): Tracked {
  let ds = 0;
  let de = 0;
  for (const s of splices) {
    const sEnd = s.at + s.remove;
    const delta = s.insert.length - s.remove;
    if (s.remove > 0 && s.at <= start && sEnd >= end) return { kind: 'deleted' };
    if ((s.at < start && sEnd > start) || (s.at < end && sEnd > end)) return { kind: 'damaged' };
    if (sEnd <= start) ds += delta;
    if (sEnd <= end && s.at < end) de += delta;
  }
  return { kind: 'kept', start: start + ds, end: end + de };
}
