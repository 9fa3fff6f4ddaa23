/**
 * The dossier's timeline as geometry: articles counted per period by their own day (bars), the
 * time axis with its labels, and an official's positions as bands under it, each clipped to the
 * axis. Pure numbers; components/dossier/Timeline.tsx draws them as SVG.
 */
import { firstDay, lastDay } from '../facts/held';
import type { DossierPosition } from './facts';

export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface TimelineBar {
  x: number;
  width: number;
  y: number;
  height: number;
  count: number;
  /** First and last day of the period (YYYY-MM-DD). */
  from: string;
  to: string;
}

export interface TimelineBand {
  x: number;
  width: number;
  /** Row under the plot, from 0; positions that do not overlap share a row. */
  lane: number;
  title: string;
  org?: string;
  from?: string;
  to?: string | null;
  /** The band runs on past the axis (still held, or end not known) or starts before it. */
  openEnd: boolean;
  openStart: boolean;
  /** Not settled by the data: end not known, or marked unconfirmed. */
  uncertain: boolean;
  source: string;
}

export interface Timeline {
  width: number;
  plotHeight: number;
  height: number;
  period: Period;
  /** The axis: first and last day shown. */
  from: string;
  to: string;
  bars: TimelineBar[];
  /** Tallest bar's count (the y axis' top). */
  max: number;
  ticks: { x: number; label: string }[];
  bands: TimelineBand[];
  lanes: number;
  /** Articles plotted, and those without a day of their own (not plotted). */
  dated: number;
  undated: number;
}

export const TIMELINE = {
  width: 720,
  plotHeight: 120,
  /** Left margin for the count labels, and the gap under the plot for the axis labels. */
  left: 32,
  axis: 22,
  laneHeight: 18,
  /** Bars narrower than this make the plot hard to read: the next longer period is used. */
  minBarWidth: 6,
} as const;

const DAY_MS = 86_400_000;
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The first day of the period holding `day`. */
function periodStart(day: string, p: Period): string {
  const [y, m] = day.split('-').map(Number);
  if (p === 'year') return `${y}-01-01`;
  if (p === 'quarter') return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  if (p === 'month') return `${day.slice(0, 7)}-01`;
  if (p === 'week') {
    const t = ms(day);
    return iso(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS); // Monday
  }
  return day;
}

function nextPeriod(start: string, p: Period): string {
  const [y, m] = start.split('-').map(Number);
  if (p === 'year') return `${y + 1}-01-01`;
  const months = p === 'quarter' ? 3 : p === 'month' ? 1 : 0;
  if (months) {
    const mm = m - 1 + months;
    return `${y + Math.floor(mm / 12)}-${String((mm % 12) + 1).padStart(2, '0')}-01`;
  }
  return iso(ms(start) + (p === 'week' ? 7 : 1) * DAY_MS);
}

/** The previous period's first day. */
function previousPeriod(start: string, p: Period): string {
  return periodStart(iso(ms(start) - DAY_MS), p);
}

const PERIODS: Period[] = ['day', 'week', 'month', 'quarter', 'year'];
/** The axis shows at least this many periods. */
const MIN_PERIODS = 12;

function periodsBetween(from: string, to: string, p: Period): string[] {
  const out: string[] = [];
  for (let s = periodStart(from, p); s <= to; s = nextPeriod(s, p)) out.push(s);
  return out;
}

/** Month and year labels a reader knows at a glance: "2023", "6/2023". */
function tickLabel(day: string, p: Period): string {
  const [y, m] = day.split('-').map(Number);
  if (p === 'year' || m === 1) return String(y);
  if (p === 'day' || p === 'week') return `${Number(day.slice(8))}/${m}`;
  return `${m}/${y}`;
}

export function layoutTimeline(
  days: readonly (string | undefined)[],
  positions: readonly DossierPosition[] = [],
  width: number = TIMELINE.width,
): Timeline {
  const dated = days.filter((d): d is string => !!d).sort();
  const undated = days.length - dated.length;
  const plotWidth = width - TIMELINE.left;
  const empty: Timeline = {
    width,
    plotHeight: TIMELINE.plotHeight,
    height: TIMELINE.plotHeight + TIMELINE.axis,
    period: 'month',
    from: '',
    to: '',
    bars: [],
    max: 0,
    ticks: [],
    bands: [],
    lanes: 0,
    dated: 0,
    undated,
  };
  if (!dated.length) return empty;

  // The shortest period that leaves every bar wide enough to see; a single day still gets a month.
  const first = dated[0];
  const last = dated[dated.length - 1];
  let period: Period = 'year';
  for (const p of PERIODS) {
    const n = periodsBetween(first, last, p).length;
    if (n >= 3 && plotWidth / n >= TIMELINE.minBarWidth) {
      period = p;
      break;
    }
    if (n < 3 && p === 'month') {
      period = 'month';
      break;
    }
  }
  const starts = periodsBetween(first, last, period);
  // A few articles get room on both sides, so one of them is a bar, not a wall.
  while (starts.length < MIN_PERIODS) {
    starts.push(nextPeriod(starts[starts.length - 1], period));
    if (starts.length < MIN_PERIODS) starts.unshift(previousPeriod(starts[0], period));
  }
  const axisFrom = starts[0];
  const axisEndExclusive = nextPeriod(starts[starts.length - 1], period);
  const axisTo = iso(ms(axisEndExclusive) - DAY_MS);
  const t0 = ms(axisFrom);
  const span = ms(axisEndExclusive) - t0;
  const xOf = (day: string) => TIMELINE.left + ((ms(day) - t0) / span) * plotWidth;

  const counts = new Map<string, number>();
  for (const d of dated) {
    const s = periodStart(d, period);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const max = Math.max(...counts.values());
  const bars: TimelineBar[] = [];
  for (const s of starts) {
    const count = counts.get(s) ?? 0;
    if (!count) continue;
    const end = nextPeriod(s, period);
    const x = xOf(s);
    const w = Math.max(1, xOf(end) - x - 1);
    const h = Math.max(2, (count / max) * (TIMELINE.plotHeight - 8));
    bars.push({ x, width: w, y: TIMELINE.plotHeight - h, height: h, count, from: s, to: iso(ms(end) - DAY_MS) });
  }

  const ticks = ticksFor(starts, period, plotWidth).map((s) => ({ x: xOf(s), label: tickLabel(s, period) }));

  const bands = layoutBands(positions, axisFrom, axisTo, xOf);
  const lanes = bands.reduce((n, b) => Math.max(n, b.lane + 1), 0);
  return {
    width,
    plotHeight: TIMELINE.plotHeight,
    height: TIMELINE.plotHeight + TIMELINE.axis + lanes * TIMELINE.laneHeight,
    period,
    from: axisFrom,
    to: axisTo,
    bars,
    max,
    ticks,
    bands,
    lanes,
    dated: dated.length,
    undated,
  };
}

/** Period starts to label: all when they fit, else the first of each month (or year), thinned. */
function ticksFor(starts: string[], period: Period, plotWidth: number): string[] {
  const room = Math.max(2, Math.floor(plotWidth / 48));
  let picks = starts;
  if (starts.length > room) {
    const unit = period === 'day' || period === 'week' ? 7 : 4; // "YYYY-MM" or "YYYY"
    picks = starts.filter((s, i) => i === 0 || s.slice(0, unit) !== starts[i - 1].slice(0, unit));
  }
  const every = Math.ceil(picks.length / room);
  return picks.filter((_, j) => j % every === 0);
}

function layoutBands(
  positions: readonly DossierPosition[],
  axisFrom: string,
  axisTo: string,
  xOf: (day: string) => number,
): TimelineBand[] {
  const laneEnds: string[] = [];
  const out: TimelineBand[] = [];
  const sorted = positions.filter((p) => p.from).sort((a, b) => firstDay(a.from!).localeCompare(firstDay(b.from!)));
  for (const p of sorted) {
    const start = firstDay(p.from!);
    // Still held, or an end nobody recorded: the band runs to the axis' end, marked open.
    const end = typeof p.to === 'string' ? lastDay(p.to) : axisTo;
    if (end < axisFrom || start > axisTo) continue;
    const a = start < axisFrom ? axisFrom : start;
    const b = end > axisTo ? axisTo : end;
    // A handover day may end one band and start the next in the same row.
    let lane = laneEnds.findIndex((e) => e <= a);
    if (lane < 0) lane = laneEnds.push(b) - 1;
    else laneEnds[lane] = b;
    const x = xOf(a);
    out.push({
      x,
      width: Math.max(2, xOf(iso(ms(b) + DAY_MS)) - x),
      lane,
      title: p.title,
      ...(p.org ? { org: p.org } : {}),
      ...(p.from ? { from: p.from } : {}),
      ...(p.to !== undefined ? { to: p.to } : {}),
      openEnd: typeof p.to !== 'string' || end > axisTo,
      // (A start known only as a bound is open too: held then or earlier.)
      openStart: start < axisFrom || !!p.fromBy,
      uncertain: p.to === undefined || !!p.unconfirmed,
      source: p.source,
    });
  }
  return out;
}
