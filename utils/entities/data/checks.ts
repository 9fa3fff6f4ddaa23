/**
 * Consistency checks of the officials data (data/officials/*.json), run by the unit tests and by
 * `npx tsx scripts/build/check-officials.ts`. Each check returns readable problems, not a boolean,
 * so a failing run says which record to fix and why. Test-only: nothing in the extension imports it.
 */
import { matchKey } from '../../text/normalize';
import { type OfficialRecord, personNameKey, type Position } from '../types';

export interface OfficialsFileData {
  file: string;
  checked: string;
  officials: OfficialRecord[];
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The first and the last day a (possibly partial) date can mean. */
export const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
export function lastDay(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number);
    return `${d}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return d;
}
export const isPartial = (d: string | null | undefined) => typeof d === 'string' && d.length < 10;
function addDays(d: string, n: number): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}
function validDay(d: string): boolean {
  if (!DATE.test(d)) return false;
  if (d.length < 10) return true;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}
const isUrl = (s: unknown) => typeof s === 'string' && /^https?:\/\/[^\s]+$/.test(s);

/**
 * The Party's terms: a membership of the Politburo or the Secretariat of term K runs from the
 * Central Committee's first plenum of K to the first plenum of K+1 unless a source ends it earlier.
 */
export const PARTY_TERMS: Record<string, { from: string; to: string | null }> = {
  // IV–VII: the congresses sat 14-20/12/1976, 27-31/3/1982, 15-18/12/1986 and 24-27/6/1991
  // (https://nvsk.vnanet.vn/dai-hoi-dang-lan-thu-iv-12-1976-1-40390.vna, …-v-27-31-3-1982-1-40393.vna,
  // …-vi-15-18-12-1986-1-40398.vna, …-vii-24-27-6-1991-1-40399.vna): a term from its congress's last day.
  IV: { from: '1976-12-20', to: '1982-03-31' },
  V: { from: '1982-03-31', to: '1986-12-18' },
  VI: { from: '1986-12-18', to: '1991-06-27' },
  VII: { from: '1991-06-27', to: '1996-07-01' },
  // VIII: the 8th Congress sat 28/6-1/7/1996 and elected the Central Committee (https://baohatinh.vn/dang-cong-san-viet-nam-qua-cac-ky-dai-hoi-dai-hoi-lan-thu-viii-cua-dang-post277208.html).
  VIII: { from: '1996-07-01', to: '2001-04-22' },
  IX: { from: '2001-04-22', to: '2006-04-25' },
  X: { from: '2006-04-25', to: '2011-01-19' },
  XI: { from: '2011-01-19', to: '2016-01-27' },
  XII: { from: '2016-01-27', to: '2021-01-31' },
  XIII: { from: '2021-01-31', to: '2026-01-23' },
  XIV: { from: '2026-01-23', to: null },
};
const TERM_TITLE = /^(Ủy viên Bộ Chính trị|Bí thư Trung ương Đảng|Thường trực Ban Bí thư|Tổng Bí thư)/;

/**
 * Offices with several seats at once; every other title is one seat (one holder on any day). A
 * ministry has several deputy ministers (Thứ trưởng) at once, but one standing deputy; the Youth
 * Union has several secretaries (Bí thư Trung ương Đoàn) beside its one first and one standing secretary.
 */
export function isMultiSeat(title: string): boolean {
  return (
    /^(Ủy viên|Phó |Thứ trưởng |Bí thư Trung ương Đảng|Bí thư Trung ương Đoàn|Thành viên|Đại biểu)/.test(title) &&
    !/Thường trực/.test(title)
  );
}
export const officeKey = (title: string) => matchKey(title);

/** The day after which a position is no longer known to be held: its end, or unknown. */
function endOf(p: Position, checked: string): { day: string } | null {
  if (typeof p.to === 'string') return { day: lastDay(p.to) };
  if (p.to === null) return { day: p.checked ?? checked };
  return null;
}

export function checkOfficials(files: OfficialsFileData[]): string[] {
  const problems: string[] = [];
  const say = (o: OfficialRecord, msg: string) => problems.push(`${o.id}: ${msg}`);
  const ids = new Map<string, string>();
  const names = new Map<string, OfficialRecord>();
  const seats = new Map<string, { o: OfficialRecord; p: Position; checked: string }[]>();

  for (const f of files) {
    if (!validDay(f.checked) || f.checked.length !== 10) problems.push(`${f.file}: "checked" must be a full date`);
    for (const o of f.officials) {
      const prev = ids.get(o.id);
      if (prev) say(o, `id also used in ${prev}`);
      ids.set(o.id, f.file);
      // Two people of one name are kept apart only when each record says what tells it apart.
      const nameKey = personNameKey(o);
      const namesake = names.get(nameKey);
      if (namesake && (!o.distinct?.trim() || !namesake.distinct?.trim()))
        say(o, `same name and country as ${namesake.id} (merge them, or give each a "distinct" that tells them apart)`);
      if (!namesake) names.set(nameKey, o);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(o.id)) say(o, 'id is not a slug');
      if (o.died && (!validDay(o.died) || !isUrl(o.diedSource))) say(o, 'died needs a valid date and a diedSource URL');
      if (!o.positions.length) say(o, 'no positions');
      for (const p of o.positions) {
        const what = `${p.title}${p.org ? ` (${p.org})` : ''} from ${p.from ?? '?'}`;
        if (!p.title?.trim()) say(o, 'a position without a title');
        if (!isUrl(p.source)) say(o, `${what}: source is not a URL`);
        if (p.endSource !== undefined && !isUrl(p.endSource)) say(o, `${what}: endSource is not a URL`);
        if (p.unconfirmed !== undefined && !p.unconfirmed.trim()) say(o, `${what}: unconfirmed needs a reason`);
        if (p.fromBy !== undefined && (p.fromBy !== true || !p.from || !p.unconfirmed))
          say(o, `${what}: fromBy is true, with a from and the unconfirmed reason that says why it is only a bound`);
        if (!p.from) say(o, `${what}: no start date`);
        for (const d of [p.from, p.to, p.checked]) {
          if (typeof d !== 'string') continue;
          if (!validDay(d)) say(o, `${what}: "${d}" is not a valid ISO date`);
          else if (firstDay(d) > f.checked) say(o, `${what}: ${d} is after the file's checked date ${f.checked}`);
        }
        if (p.from && typeof p.to === 'string' && firstDay(p.from) > lastDay(p.to))
          say(o, `${what}: ends before it starts (${p.to})`);
        if (p.checked && p.to !== null) say(o, `${what}: "checked" only goes with to: null`);
        if (o.died && validDay(o.died)) {
          if (typeof p.to !== 'string') say(o, `${what}: died ${o.died}, so the position must have an end`);
          else if (firstDay(p.to) > o.died) say(o, `${what}: ends ${p.to}, after death on ${o.died}`);
        }
        checkTerm(o, p, what, say);
        if (!isMultiSeat(p.title) && !o.country) {
          const k = officeKey(p.title);
          if (!seats.has(k)) seats.set(k, []);
          seats.get(k)!.push({ o, p, checked: f.checked });
        } else if (!isMultiSeat(p.title) && o.country) {
          const k = `${o.country}|${officeKey(p.title)}`;
          if (!seats.has(k)) seats.set(k, []);
          seats.get(k)!.push({ o, p, checked: f.checked });
        }
      }
    }
  }
  for (const [office, holders] of seats) problems.push(...checkSeat(office, holders));
  return problems;
}

function checkTerm(o: OfficialRecord, p: Position, what: string, say: (o: OfficialRecord, m: string) => void): void {
  // The Vietnamese Party's terms only: a foreign party's leader has no "khóa".
  if (o.country || !TERM_TITLE.test(p.title)) return;
  const term = /khóa (XIV|XIII|XII|XI|IX|X|VIII|VII|VI|IV|V)\b/.exec(p.org ?? '')?.[1];
  if (!term) return void say(o, `${what}: a Party-term membership names its term in org ("... khóa XIII")`);
  const t = PARTY_TERMS[term];
  if (p.from && firstDay(p.from) < t.from) say(o, `${what}: starts before term ${term} began (${t.from})`);
  if (t.to === null) return;
  if (typeof p.to !== 'string')
    return void say(o, `${what}: term ${term} ended on ${t.to}; the membership needs an end`);
  if (lastDay(p.to) > t.to) say(o, `${what}: ends ${p.to}, after term ${term} ended (${t.to})`);
  else if (p.to < t.to && !p.endSource && !p.note)
    say(o, `${what}: ends ${p.to}, before the term's end ${t.to}: give the endSource (or a note) that ends it early`);
}

/** One holder at a time: each holder's end comes no later than the next one's start (a handover day allowed). */
function checkSeat(office: string, holders: { o: OfficialRecord; p: Position; checked: string }[]): string[] {
  const out: string[] = [];
  const dated = holders.filter((h) => h.p.from).sort((a, b) => firstDay(a.p.from!).localeCompare(firstDay(b.p.from!)));
  for (let i = 0; i + 1 < dated.length; i++) {
    const [a, b] = [dated[i], dated[i + 1]];
    const end = endOf(a.p, a.checked);
    const label = `office "${office}": ${a.o.id} (from ${a.p.from}, to ${a.p.to === undefined ? 'unknown' : a.p.to})`;
    if (!end) {
      out.push(
        `${label} has no known end, but ${b.o.id} holds it from ${b.p.from}: set the end from the source that says so`,
      );
    } else if (bothOpenlyUncertain(a.p, b.p)) {
      // A handover known only to the month on both sides, each marked unconfirmed: the card says so.
    } else if (end.day > addDays(firstDay(b.p.from!), 1)) {
      const partial = isPartial(a.p.to) || isPartial(b.p.from) ? ' (a partial date: find the day)' : '';
      out.push(
        a.o.id === b.o.id
          ? `${label} overlaps another entry of the same person from ${b.p.from}`
          : `${label} overlaps ${b.o.id} from ${b.p.from}${partial}`,
      );
    }
  }
  return out;
}

const bothOpenlyUncertain = (a: Position, b: Position) =>
  isPartial(a.to) && a.to === b.from && !!a.unconfirmed && !!b.unconfirmed;

/** Positions with a month- or year-only date: the count may shrink, never grow. */
export function partialDates(files: OfficialsFileData[]): string[] {
  const out: string[] = [];
  for (const f of files)
    for (const o of f.officials)
      for (const p of o.positions)
        if (isPartial(p.from) || isPartial(p.to)) out.push(`${o.id}: ${p.title} ${p.from ?? ''}..${p.to ?? ''}`);
  return out;
}
