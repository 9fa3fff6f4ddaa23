/**
 * Short names two bodies shared, one after the other. When a body was merged into one whose name
 * begins with the same short form ("Bộ Nông nghiệp" was the Ministry of Agriculture and Rural
 * Development until 2025-02-28, and is the Ministry of Agriculture and Environment from
 * 2025-03-01), the short form means the body of the article's day: the old one up to its last day,
 * its successor after it. Without a day, the short form keeps the old body's id and the card says
 * the name is ambiguous. A body's own full name always means that body, whatever the day (a later
 * article that writes it out names the old body on purpose), except a template's bare head
 * ("Cục Thuế", tag bare-dated): alone, it was a province's department, and is now the national one. The day is the page's own statement
 * (its metadata), so the card says the name was read by it and gives both bodies. Pure: reads
 * the packed match data (pack.ts works the names out at build time).
 */
import { matchData } from './match-data';
import { matchKey } from '../text/normalize';
import type { BodyRecord, EntitySpan } from './types';

type Named = Pick<BodyRecord, 'id' | 'name'>;

export interface SharedName {
  /** The body the short name meant up to `until`, and the one it means after. */
  before: Named;
  after: Named;
  /** The last day of `before` (YYYY-MM-DD). */
  until: string;
}

/**
 * The short names (as matchKey gives them) that an ended body shares with its successor: an alias
 * of the old body that is the successor's name, one of its aliases, or the first words of one.
 * Worked out when the data is packed (pack.ts), so a page parses no record to read them.
 */
export function sharedNamesOf(bodies: readonly BodyRecord[]): Map<string, SharedName> {
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const out = new Map<string, SharedName>();
  for (const before of bodies) {
    const after = before.successor ? byId.get(before.successor) : undefined;
    if (!after || !before.to) continue;
    const later = [after.name, ...(after.aliases ?? [])].map(matchKey);
    // A template named by its bare head ("Cục Thuế" + a province) shares that bare name.
    const short = before.tags?.includes('bare-dated')
      ? [before.name, ...(before.aliases ?? [])]
      : (before.aliases ?? []);
    for (const alias of short) {
      const key = matchKey(alias);
      if (later.some((n) => n === key || n.startsWith(`${key} `)))
        out.set(key, {
          before: { id: before.id, name: before.name },
          after: { id: after.id, name: after.name },
          until: before.to.slice(0, 10),
        });
    }
  }
  return out;
}

let shared: Map<string, SharedName> | undefined;

/** The packed data's shared short names (sharedNamesOf at build time). */
export function sharedNames(): Map<string, SharedName> {
  shared ??= new Map(
    matchData().shared.map(([key, beforeId, beforeName, afterId, afterName, until]) => [
      key,
      { before: { id: beforeId, name: beforeName }, after: { id: afterId, name: afterName }, until },
    ]),
  );
  return shared;
}

/** The shared short name a body span is written as (its id the old body's or the new one's), if any. */
export function sharedNameOf(span: Pick<EntitySpan, 'kind' | 'id' | 'text'>): SharedName | undefined {
  if (span.kind !== 'body' || !span.id) return undefined;
  const s = sharedNames().get(matchKey(span.text));
  return s && (span.id === `body:${s.before.id}` || span.id === `body:${s.after.id}`) ? s : undefined;
}

/**
 * The spans read for an article of day `date` (YYYY-MM-DD): a shared short name after the old
 * body's last day is the successor, in the span's id and in the bodies of an official's office.
 * Changes the spans in place; without a day, nothing changes.
 */
export function readByDate(spans: readonly EntitySpan[], date: string | undefined): void {
  if (!date || !/^\d{4}-\d\d-\d\d/.test(date)) return;
  const day = date.slice(0, 10);
  const names = sharedNames();
  // Only a span with an earlier body's id can change: its text is keyed only then (matchKey is
  // the text module's slow path, and most articles name no such body).
  const earlier = new Set<string>();
  for (const n of names.values()) if (day > n.until) earlier.add(`body:${n.before.id}`);
  if (!earlier.size) return;
  for (const s of spans) {
    if (s.kind === 'body' && s.id && earlier.has(s.id)) {
      const n = names.get(matchKey(s.text));
      if (n && s.id === `body:${n.before.id}` && day > n.until) s.id = `body:${n.after.id}`;
    } else if (s.role && s.roleBodies?.some((b) => earlier.has(b))) {
      // "Bộ trưởng Bộ Nông nghiệp": the office's body is the title's last words.
      const n = names.get(lastName(s.role, names));
      const old = n && `body:${n.before.id}`;
      if (n && day > n.until && s.roleBodies.includes(old!))
        s.roleBodies = s.roleBodies.map((b) => (b === old ? `body:${n.after.id}` : b));
    }
  }
}

/** The shared short name a title ends with ("Bộ trưởng Bộ Nông nghiệp" → "bộ nông nghiệp"), or ''. */
function lastName(role: string, names: Map<string, SharedName>): string {
  const key = matchKey(role);
  for (const name of names.keys()) if (key === name || key.endsWith(` ${name}`)) return name;
  return '';
}
