/**
 * Messages between the content script and the extension's frames in a page (card, note editor,
 * panel). Anything that shows or edits note text lives in those frames, which have the
 * extension's origin: the page's scripts cannot read into them, see what the reader types, or
 * drive them. The two sides talk over a Port the frame opens to its tab's content script
 * (tabs.connect, which only the extension's own pages can call), named with a nonce only the two
 * know (in the frame's address, inside a closed shadow root): neither the page nor a frame the
 * page made itself can join. Checked by hand on both sides: the content script carries no zod.
 */
import type { EntitySpan } from '../entities/types';
import type { HeldPosition } from '../facts/held';
import type { EntityKind } from '../model';
import type { Lang } from '../model';

export type Surface = 'card' | 'editor' | 'panel';
export const SURFACES: readonly Surface[] = ['card', 'editor', 'panel'];

/** A new note's target, captured when the reader selected the text: saved exactly so. */
export interface NoteDraft {
  articleKey: string;
  pageUrl: string;
  quote: string;
  selectors: import('../anchoring/types').Selector[];
  entityIds: string[];
  entityNames: string[];
}

/**
 * What the content script sends the card frame for one mention: the frame reads the facts
 * (utils/facts/card-data.ts), so the page's script carries no official's positions.
 */
export interface CardRequest {
  span: EntitySpan;
  /** The article's date, when it states one. */
  articleDate?: string;
  mention: { index: number; count: number };
  /** The key the reader's visits and notes store for this entity (their dossier's id). */
  key: string;
}

/** What the card frame shows for one mention; facts come with their sources and certainty. */
export interface CardData {
  kind: EntityKind;
  name: string;
  entityId?: string;
  /** The key the reader's visits and notes store for this entity (their dossier's id). */
  key?: string;
  /** The article's date, when it states one. */
  articleDate?: string;
  mention: { index: number; count: number };
  /** Officials: positions the data places on the article's date, and now. */
  atDate?: HeldPosition[];
  /** None held on the article's date: the last the data ends before it (held.ts positionsBefore). */
  before?: HeldPosition[];
  current?: HeldPosition[];
  endUnknown?: HeldPosition[];
  /** The day the data was checked. */
  checked?: string;
  /** A title read in the text before the name (for people the data does not know). */
  role?: string;
  /**
   * An office the text gives a person the data knows by name, and which the data never lists
   * for them (namesake.ts): another person of that name, or an office the data lacks.
   */
  unlistedRole?: string;
  /**
   * The data's person of this name held other offices that day (these, joined) and the text's office
   * rules them out (a place they never served in, or a trial while in office): most likely another
   * person, so none of the data's facts are shown.
   */
  otherPerson?: string;
  /** The article names no office for a person the data knows by name: the facts may be a namesake's. */
  noRoleInText?: true;
  /**
   * The data's other people of this name, when the text did not settle which one it means
   * (EntitySpan.namesakes): each one's latest office and its years ("Chủ tịch UBND tỉnh An Giang,
   * 2019–2024").
   */
  namesakes?: string[];
  /**
   * A short name two bodies shared one after the other (dated-names.ts), and how it was read:
   * as the later body by the article's day ('after'), as the earlier one by it ('before'), or as
   * the earlier one for want of a day ('unknown').
   */
  sharedName?: { short: string; before: string; after: string; until: string; read: 'before' | 'after' | 'unknown' };
  /** Facts as rows: a string key (page.*) for the label, the value as is or, with `translate`, a key too. */
  rows: { label: string; value: string; translate?: boolean }[];
  sources: string[];
}

export interface PanelEntity {
  key: string;
  kind: EntityKind;
  name: string;
  count: number;
}

export interface PanelData {
  articleKey: string;
  entities: PanelEntity[];
  /** Ids of notes anchored on the page now; the others are shown as orphans. */
  anchoredIds: string[];
  kinds: Record<EntityKind, { enabled: boolean; colour: string }>;
  /** Whether each kind is drawn on this page: the setting, or what the reader chose here. */
  here: Record<EntityKind, boolean>;
  /** The reader hid every highlight on this page (one key, or the panel). */
  highlightsHidden: boolean;
  siteName?: string;
}

/** Content script → frame. */
export type ToFrame =
  | { t: 'card'; lang: Lang; card: CardRequest; focus?: boolean }
  | {
      t: 'editor';
      lang: Lang;
      target: { kind: 'new'; draft: NoteDraft } | { kind: 'edit'; id: string };
      focus: boolean;
    }
  | { t: 'panel'; lang: Lang; panel: PanelData; focus: boolean }
  | { t: 'hidden' }
  /**
   * Focus comes back to this frame (a frame opened from it closed): to what had it here. `taken`:
   * the page's script took it away while the reader was here (frames.ts guardFocus); the frame says so.
   */
  | { t: 'focus'; taken?: boolean }
  /** The answer to the frame's 'check-shown': whether the page shows this frame as drawn. */
  | { t: 'shown'; ok: boolean };

/** Frame → content script. */
export type FromFrame =
  | { t: 'ready' }
  | { t: 'size'; width: number; height: number }
  | { t: 'close'; refocusPage: boolean }
  | { t: 'pointer'; inside: boolean }
  | { t: 'step'; delta: 1 | -1 }
  | { t: 'pick-entity'; key: string; focus?: boolean }
  /** The card's "Note this mention": the editor opens on the mention's text. */
  | { t: 'note-mention' }
  | { t: 'pick-note'; id: string }
  | { t: 'touched' }
  /** Show or hide a kind on this page only (the setting for every site is in the options). */
  | { t: 'kind-here'; kind: EntityKind; on: boolean }
  /** Hide or show every highlight on this page. */
  | { t: 'hide-all'; on: boolean }
  /** Open the editor for a new note on the whole article. */
  | { t: 'note-article' }
  /** The reader pressed Tab here: focus may leave this frame for the page, by the reader's hand. */
  | { t: 'tab' }
  /** This frame's window gained or lost focus (the page's document hears neither). */
  | { t: 'focused'; on: boolean }
  /**
   * Before an action that loses the reader's words (Delete), where the frame cannot see for itself
   * whether the page covers or fades it (Firefox has no IntersectionObserver v2): the content
   * script looks (obscured.ts) and answers 'shown'.
   */
  | { t: 'check-shown' };

const FROM_FRAME = new Set([
  'check-shown',
  'ready',
  'size',
  'close',
  'pointer',
  'step',
  'pick-entity',
  'pick-note',
  'touched',
  'note-mention',
  'kind-here',
  'hide-all',
  'note-article',
  'tab',
  'focused',
]);
const KINDS = new Set<unknown>(['official', 'body', 'resolution']);

/** The content script's check of a frame's message. */
export function parseFromFrame(raw: unknown): FromFrame | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (typeof m.t !== 'string' || !FROM_FRAME.has(m.t)) return null;
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 10_000;
  if (m.t === 'size' && !(num(m.width) && num(m.height))) return null;
  if (m.t === 'step' && m.delta !== 1 && m.delta !== -1) return null;
  if ((m.t === 'pick-entity' && typeof m.key !== 'string') || (m.t === 'pick-note' && typeof m.id !== 'string'))
    return null;
  if (m.t === 'pointer' && typeof m.inside !== 'boolean') return null;
  if (m.t === 'pick-entity' && m.focus !== undefined && typeof m.focus !== 'boolean') return null;
  if (m.t === 'kind-here' && !(KINDS.has(m.kind) && typeof m.on === 'boolean')) return null;
  if ((m.t === 'hide-all' || m.t === 'focused') && typeof m.on !== 'boolean') return null;
  return m as FromFrame;
}

/** The port name a frame accepts: its surface and the nonce in its address. */
export const portName = (nonce: string) => `vna-frame:${nonce}`;

/** The frame page's address for a surface, with a fresh nonce. */
export function frameHash(surface: Surface, nonce: string): string {
  return `#${surface}:${nonce}`;
}

export function parseFrameHash(hash: string): { surface: Surface; nonce: string } | null {
  const m = /^#(card|editor|panel):([0-9a-f]{32})$/.exec(hash);
  return m ? { surface: m[1] as Surface, nonce: m[2] } : null;
}
