/**
 * The one key of an entity, used wherever mentions are grouped or stored: the page's panel, a
 * note's entityIds, the visit's summary (and dossiers). It keeps what tells two entities apart
 * (the gazetteer id with its locality, level and term, as the engine builds it) and drops only
 * spelling: an entity found by rule is keyed by its kind and its text under the `key` preset
 * (NFC, one tone placement, case and spaces folded), so "Trần Văn Hòa" and "Trần Văn Hoà" are
 * one person.
 */
import { matchKey } from '../text/normalize';
import type { EntitySpan } from './types';

export function entityKey(span: EntitySpan): string {
  return span.id ?? `${span.kind}:${matchKey(span.text)}`;
}
