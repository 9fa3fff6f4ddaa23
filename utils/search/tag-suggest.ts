/**
 * Tag suggestions while the reader types in a comma-separated tag field: the tags they already
 * use, matched on the piece being typed (after the last comma before the caret), without regard
 * to accents, case or tone placement; most used first. Pure: the field's value and caret in,
 * suggestions and the new value out.
 */
import { forDisplay, normalize } from '../text/normalize';

const searchKey = (s: string) => normalize(s, 'search');
const foldKey = (s: string) => normalize(s, 'accentBlind');

export interface TagCount {
  tag: string;
  count: number;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Counts tags from every use (an index's keys, one per note and tag). Spellings that differ only
 * in case or tone placement are one tag, written as its most used spelling.
 */
export function countTags(uses: Iterable<string>): TagCount[] {
  const groups = new Map<string, Map<string, number>>();
  for (const raw of uses) {
    const tag = forDisplay(raw).trim();
    if (!tag) continue;
    const key = searchKey(tag);
    let spellings = groups.get(key);
    if (!spellings) groups.set(key, (spellings = new Map()));
    spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
  }
  const out: TagCount[] = [];
  for (const spellings of groups.values()) {
    let best = '';
    let bestN = 0;
    let total = 0;
    for (const [s, n] of spellings) {
      total += n;
      if (n > bestN) [best, bestN] = [s, n];
    }
    out.push({ tag: best, count: total });
  }
  return out.sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag));
}

/** The piece of a comma-separated field the caret is in: its bounds and its text, trimmed. */
export function tokenAt(value: string, caret = value.length): { start: number; end: number; text: string } {
  const start = value.lastIndexOf(',', caret - 1) + 1;
  const next = value.indexOf(',', caret);
  const end = next < 0 ? value.length : next;
  return { start, end, text: value.slice(start, end).trim().replace(/^#/, '') };
}

/**
 * Known tags that start with what is typed (or have a word that does), not already in the field.
 * An empty piece gives the most used tags, for a reader who asks for the list (arrow down).
 */
export function suggestTags(known: readonly TagCount[], value: string, caret = value.length, limit = 8): TagCount[] {
  const { start, end, text } = tokenAt(value, caret);
  const typed = foldKey(text).trim();
  const others = new Set(
    (value.slice(0, start) + value.slice(end))
      .split(',')
      .map((t) => searchKey(t.trim().replace(/^#/, '')))
      .filter(Boolean),
  );
  const ranked: { t: TagCount; rank: number }[] = [];
  for (const t of known) {
    const key = searchKey(t.tag);
    if (others.has(key)) continue;
    const folded = foldKey(t.tag);
    if (typed && folded === typed && t.tag === text) continue; // already typed in full
    const rank = !typed
      ? 1
      : folded.startsWith(typed)
        ? 0
        : folded.split(/[\s/-]+/).some((w) => w.startsWith(typed))
          ? 1
          : -1;
    if (rank >= 0) ranked.push({ t, rank });
  }
  // Stable: within a rank, `known`'s order (most used first) holds.
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((r) => r.t);
}

/** The field with the piece at the caret replaced by `tag`, followed by ", " to type the next. */
export function acceptTag(value: string, caret: number, tag: string): { value: string; caret: number } {
  const { start, end } = tokenAt(value, caret);
  const before = value.slice(0, start);
  const after = value.slice(end).replace(/^\s*,?\s*/, '');
  const lead = start > 0 ? ' ' : '';
  const head = `${before.replace(/\s*$/, '')}${lead}${tag}, `;
  return { value: head + after, caret: head.length };
}
