/**
 * What the gazetteer says about a dossier's entity: the card's facts (utils/entities/card.ts),
 * and for an official every position with its dates and source, and the role held on a given
 * day with its certainty (utils/facts/held.ts). Pure: reads the data files, never the page.
 */
import { describeEntity } from '../entities/card';
import { officialFacts } from '../entities/official-facts';
import type { EntitySpan, OfficialRecord, Position } from '../entities/types';
import { findPeople } from '../facts/who';
import { positionsOn, type Doubt } from '../facts/held';
import type { EntityKind } from '../model';

export interface DossierPosition {
  title: string;
  org?: string;
  from?: string;
  /** `from` is only a bound: held then or earlier. */
  fromBy?: true;
  /** A date; null = still held when the data was checked (`checked`); absent = end not known. */
  to?: string | null;
  checked?: string;
  source: string;
  endSource?: string;
  /** Why no source settles it, when none does. */
  unconfirmed?: string;
}

export interface DossierFacts {
  kind: EntityKind;
  /** The gazetteer's name when it knows the entity, else the name as read. */
  name: string;
  /** False when the entity was found by a rule or the watch list, with no record behind it. */
  known: boolean;
  /** Official: every position in the data, earliest first, and the day the data was checked. */
  positions?: DossierPosition[];
  checked?: string;
  born?: string;
  died?: string;
  /** Body. */
  fullName?: string;
  level?: string;
  validFrom?: string;
  validTo?: string;
  successor?: string;
  /** Document. */
  docType?: string;
  issuer?: string;
  number?: string;
  year?: string;
  /** Pages the facts come from. */
  sources: string[];
}

/** A position held on an article's day, as the card would show it, with how sure the data is. */
export interface RoleOnDay {
  title: string;
  org?: string;
  certain: boolean;
  doubts: Doubt[];
  source: string;
}

const span = (kind: EntityKind, id: string, name: string): EntitySpan => ({
  kind,
  id,
  text: name,
  start: 0,
  end: name.length,
});

/** The official's record: by gazetteer id, else by name as the card finds it. */
export function officialRecord(id: string, name: string): OfficialRecord | undefined {
  if (id.startsWith('official:')) {
    const rec = officialFacts().find((o) => o.id === id.slice('official:'.length));
    if (rec) return rec;
  }
  // A name two people share says nothing about which one it is.
  const people = findPeople(officialFacts(), name);
  return people.length === 1 ? people[0] : undefined;
}

/** The web addresses in a source note ("https://a (Nghị quyết 176/2025/QH15); https://b"). */
export function sourceUrls(note: string): string[] {
  return (note.match(/https?:\/\/[^\s;()]+/g) ?? []).map((u) => u.replace(/[.,]+$/, ''));
}

const byStart = (a: Position, b: Position) => (a.from ?? '').localeCompare(b.from ?? '');

export function entityFacts(kind: EntityKind, id: string, name: string): DossierFacts {
  const card = describeEntity(span(kind, id, name));
  const sources = [...new Set((card.sources ?? []).flatMap(sourceUrls))];
  const facts: DossierFacts = { kind, name: card.name, known: false, sources };
  if (kind === 'official') {
    const rec = officialRecord(id, name);
    if (!rec) return facts;
    facts.known = true;
    facts.name = rec.name;
    facts.checked = rec.checked;
    if (rec.born) facts.born = rec.born;
    if (rec.died) facts.died = rec.died;
    facts.positions = [...rec.positions].sort(byStart).map((p) => ({
      title: p.title,
      ...(p.org ? { org: p.org } : {}),
      ...(p.from ? { from: p.from } : {}),
      ...(p.fromBy ? { fromBy: true as const } : {}),
      ...(p.to !== undefined ? { to: p.to } : {}),
      ...(p.to === null ? { checked: p.checked ?? rec.checked } : {}),
      source: p.source,
      ...(p.endSource ? { endSource: p.endSource } : {}),
      ...(p.unconfirmed ? { unconfirmed: p.unconfirmed } : {}),
    }));
    facts.sources = [...new Set(rec.positions.flatMap((p) => (p.endSource ? [p.source, p.endSource] : [p.source])))];
    return facts;
  }
  facts.known = !!card.id && sources.length > 0;
  for (const k of [
    'fullName',
    'level',
    'validFrom',
    'validTo',
    'successor',
    'docType',
    'issuer',
    'number',
    'year',
  ] as const)
    if (card[k]) facts[k] = card[k];
  if (kind === 'resolution') facts.known = !!(card.docType || card.number);
  return facts;
}

/**
 * The positions the card shows for `day` (held.ts's positionsOn, as the card and `who` read them),
 * each with its certainty. Empty for a person the data does not know, or no day.
 */
export function rolesOn(id: string, name: string, day: string | undefined): RoleOnDay[] {
  if (!day) return [];
  const rec = officialRecord(id, name);
  if (!rec) return [];
  return positionsOn(rec, day).map((p) => ({
    title: p.title,
    ...(p.org ? { org: p.org } : {}),
    certain: p.certain,
    doubts: p.doubts,
    source: p.source,
  }));
}
