/**
 * Who is called NAME, and what the data places them in on a day: the `who` command's answer,
 * made from the same functions as the card (held.ts), so the two never disagree.
 */
import type { OfficialRecord } from '../entities/types';
import { matchKey, slugify } from '../text/normalize';
import { positionsOn } from './held';

export interface WhoHeld {
  title: string;
  org?: string;
  from: string;
  /** A date; null = still held when the data was checked; absent = the end is not known. */
  to?: string | null;
  certain: boolean;
  source: string;
}

export interface WhoAnswer {
  query: string;
  date: string;
  people: { id: string; name: string; held: WhoHeld[] }[];
}

const names = (o: OfficialRecord) => [o.name, ...(o.aliases ?? [])];

/**
 * The people whose name or alias is `query`: spelled the same way (tone placement, case and
 * Unicode form aside); or, for a query typed without accents, the same letters whatever the
 * accents. A query with its accents never finds another name ("Nguyễn Văn Hiểu" is not
 * "Nguyễn Văn Hiếu").
 */
export function findPeople(records: OfficialRecord[], query: string): OfficialRecord[] {
  const key = matchKey(query);
  const exact = records.filter((o) => names(o).some((n) => matchKey(n) === key));
  if (exact.length || hasAccents(query)) return exact;
  const slug = slugify(query);
  return slug ? records.filter((o) => names(o).some((n) => slugify(n) === slug)) : [];
}

/** Anything beyond plain ASCII in `text`: a letter with its accents, "đ", a combining mark. */
const hasAccents = (text: string) => /[^\x00-\x7f]/.test(text);

/** "Võ Văn Thưởng@2023-06-01" → name and day; the day must be a real ISO date. */
export function parseWhoArg(arg: string): { name: string; date: string } | { error: string } {
  const at = arg.lastIndexOf('@');
  if (at <= 0) return { error: `"${arg}": expected NAME@YYYY-MM-DD` };
  const name = arg.slice(0, at).trim();
  const date = arg.slice(at + 1).trim();
  const t = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== date)
    return { error: `"${arg}": "${date}" is not a date (YYYY-MM-DD)` };
  return { name, date };
}

export function who(records: OfficialRecord[], name: string, date: string): WhoAnswer {
  return {
    query: name,
    date,
    people: findPeople(records, name).map((o) => ({
      id: o.id,
      name: o.name,
      held: positionsOn(o, date).map((h) => ({
        title: h.title,
        ...(h.org ? { org: h.org } : {}),
        from: h.from,
        ...(h.to !== undefined ? { to: h.to } : {}),
        certain: h.certain,
        source: h.source,
      })),
    })),
  };
}
