/** Lookups over sorted, non-overlapping spans: which span holds a text offset. */
export interface Interval {
  start: number;
  end: number;
}

/** Index of the span containing `offset` in spans sorted by start, or -1. */
export function spanAt<T extends Interval>(spans: readonly T[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Every interval (any order, may overlap) that contains `offset`. */
export function intervalsAt<T extends Interval>(items: Iterable<T>, offset: number): T[] {
  const out: T[] = [];
  for (const it of items) if (offset >= it.start && offset < it.end) out.push(it);
  return out;
}
