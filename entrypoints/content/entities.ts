/** Finds the article's entities, draws them, and records the visit with their summary. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { batch, signal } from '@preact/signals';
import { safeEffect } from './safe-effect';
import { readEntities } from '@/utils/messaging/read-entities';
import { rangeFromOffsets, type TextIndex } from '@/utils/dom/text-index';
import { groupEntities } from '@/utils/page/summary';
import { request } from '@/utils/messaging/client';
import { LIMITS } from '@/utils/limits';
import type { ArticleEntity, EntityKind } from '@/utils/model';
import { isRankOnly, isWatchListSpan, type EntitySpan } from '@/utils/entities/types';
import { ENTITY_KINDS } from '@/utils/settings/settings';
import { KIND_LINE, KIND_TINT_ALPHA } from '@/utils/a11y/palette';
import { canonicalName, rememberNames } from './card-view';
import type { PageState } from './state';
import type { ArticleInfo } from '@/utils/sites/types';
import { nextTask } from './next-task';
import type { NoteLayer } from './note-layer';
import { kindsShownHere } from './visibility';

export const entityGroup = (kind: EntityKind) => `vna-entity-${kind}`;

/**
 * The background reads the article (utils/background/entity-reader.ts: the engine is compiled there
 * once, not in every page) in pieces (utils/entities/pieces.ts): a typical article (under 6,000
 * characters, about 1,200 words) is one piece, drawn when its answer comes; a long page is read from
 * the top, each piece twice the one before, and its first piece is drawn at once, so the first
 * screen does not wait for the rest.
 */
const FIRST_PIECE_CHARS = 6000;
const PIECE_GROWTH = 2;

/**
 * Forced colours (high contrast): the browser paints every custom highlight in its one system
 * highlight colour, whatever the style says, so all kinds would look the same. There the kinds are
 * drawn in the extension's own layer instead: a line under each name in the text's system colour,
 * solid, dashed or dotted by kind.
 */
const forcedLine = (kind: EntityKind) =>
  `forced-color-adjust: none; border-radius: 0; border-bottom: 2px ${KIND_LINE[kind]} CanvasText;`;

/** A watched name in the extension's layer: the kind's tint and line, as the registry draws the others. */
const watchedLook = (colour: string, kind: EntityKind) =>
  `background: ${colour}${KIND_TINT_ALPHA}; border-radius: 0; border-bottom: 2px ${KIND_LINE[kind]} ${colour};`;

export function startEntities(ctx: ContentScriptContext, state: PageState, layer?: NoteLayer): void {
  const painter = state.painter;
  const forcedQuery = window.matchMedia?.('(forced-colors: active)');
  const forced = signal(!!forcedQuery?.matches);
  const onForced = () => {
    forced.value = !!forcedQuery?.matches;
  };
  forcedQuery?.addEventListener?.('change', onForced);
  ctx.onInvalidated(() => forcedQuery?.removeEventListener?.('change', onForced));
  /** The watch list the kept spans were found with: when it changes, the text is read again. */
  let watchFor = '';
  // The text is often the same after a re-read (markup churn): its spans are kept.
  let last = { text: '', spans: [] as EntitySpan[], builtIn: [] as EntitySpan[] };
  let reading: { cancel(): void } | undefined; // the current text's; a new text cancels it
  const stopReading = () => {
    reading?.cancel();
    reading = undefined;
  };
  /** All spans are known (null: no article). One batch: the effects run once, with both. */
  const complete = (spans: EntitySpan[] | null, builtIn: EntitySpan[] | null) => {
    batch(() => {
      state.entitiesDone.value = true;
      state.spans.value = spans ?? [];
      state.builtInSpans.value = builtIn ?? [];
    });
  };

  const stopFind = safeEffect('finding entities', () => {
    // A page read whole for the reader's notes is no article: nothing is looked for in it.
    const index = state.article.value?.via === 'page' ? null : state.index.value;
    // The background reads the watch list from the settings itself; a change means reading again.
    const watch = JSON.stringify(state.settings.value.watchList);
    if (watch !== watchFor) {
      watchFor = watch;
      last = { text: '', spans: [], builtIn: [] };
    }
    if (!index || index.text === last.text) {
      stopReading();
      performance.mark('vna:matched');
      complete(index ? last.spans : null, index ? last.builtIn : null);
      return;
    }
    stopReading();
    // The article's day decides what a short name two bodies shared one after the other means.
    const day = state.article.value?.published?.slice(0, 10);
    const found: EntitySpan[] = [];
    state.entitiesDone.value = false;
    const asked = performance.now();
    const fail = (why: unknown) => {
      console.warn('[VN News Annotator] finding entities failed; the rest keeps working.', why);
      complete([], []);
    };
    // One task per answer: for the last one, drawing everything.
    const task = (work: () => void) => {
      if (ctx.isInvalid) return;
      const began = performance.now();
      try {
        work();
      } catch (e) {
        fail(e);
      }
      performance.measure('vna:piece', { start: began });
    };
    const ask = { text: index.text, day, firstPiece: FIRST_PIECE_CHARS, growth: PIECE_GROWTH };
    reading = readEntities(ask, {
      // The first piece is drawn at once (it holds the first screens); the pieces between are
      // only kept, so no repaint of the whole page runs between them.
      piece: (m) =>
        task(() => {
          found.push(...m.spans);
          rememberNames(m.names);
          if (m.read > 1) return;
          performance.mark('vna:matched');
          batch(() => {
            state.spans.value = found.slice();
            state.builtInSpans.value = m.builtIn ?? [];
          });
        }),
      done: (m) =>
        task(() => {
          reading = undefined;
          performance.measure('vna:read', { start: asked });
          if (!found.length) performance.mark('vna:matched');
          rememberNames(m.names);
          last = { text: index.text, spans: m.spans, builtIn: m.builtIn };
          complete(m.spans, m.builtIn);
        }),
      fail: (why) => task(() => fail(why)),
    });
  });

  // Each span's Range, made once per text index (a long page is drawn after its first piece and
  // again at the end; settings changes redraw too).
  let ranges = { index: null as TextIndex | null, of: new WeakMap<EntitySpan, Range>() };
  const rangeOf = (index: TextIndex, s: EntitySpan) => {
    if (ranges.index !== index) ranges = { index, of: new WeakMap() };
    let r = ranges.of.get(s);
    if (!r) ranges.of.set(s, (r = rangeFromOffsets(index, s.start, s.end)));
    return r;
  };

  const stopPaint = safeEffect('drawing entities', () => {
    const index = state.index.value;
    const spans = state.spans.value;
    const builtIn = state.builtInSpans.value;
    const kinds = state.settings.value.kinds;
    const shown = kindsShownHere(state);
    const hidden = state.highlightsHidden.value;
    // The wrapper fallback rewrites the DOM on every draw: it waits for the whole article.
    if (painter.kind === 'wrapper' && !state.entitiesDone.peek()) return;
    const inForced = forced.value && !!layer && painter.kind === 'highlight-api';
    // The page's registry gets the built-in spans only; the watch list's names are the reader's
    // and go in the extension's layer, which the page cannot read (in forced colours, every span).
    layer?.draw(
      index && !hidden
        ? spans
            .filter((s) => shown[s.kind] && (inForced || isWatchListSpan(s)))
            .map((s) => ({
              range: rangeOf(index, s),
              css: inForced ? forcedLine(s.kind) : watchedLook(kinds[s.kind].colour, s.kind),
            }))
        : [],
    );
    painter.set('entities', () =>
      index && !hidden && !inForced
        ? ENTITY_KINDS.filter((kind) => shown[kind]).map((kind) => ({
            name: entityGroup(kind),
            ranges: builtIn.filter((s) => s.kind === kind).map((s) => rangeOf(index, s)),
            style: {
              background: `${kinds[kind].colour}${KIND_TINT_ALPHA}`,
              underline: kinds[kind].colour,
              line: KIND_LINE[kind],
              priority: 1,
            },
          }))
        : [],
    );
    // Drawn once the answer came: the first piece, or all of it (none: nothing read yet).
    if (spans.length || state.entitiesDone.peek()) performance.mark('vna:first-drawn');
    // peek: the flag changes in the same batch as the complete spans, which redraw anyway.
    if (state.entitiesDone.peek()) performance.mark('vna:drawn');
  });

  // One visit record per article (and again when its text changes, e.g. infinite scroll).
  let sent = '';
  let visitJob = 0;
  const stopVisit = safeEffect('recording the visit', () => {
    const article = state.article.value;
    const spans = state.spans.value;
    if (!article || !state.entitiesDone.value) return;
    // In a task of its own: the highlights are drawn first, and the page's next event is not kept
    // waiting while the article's entities are named for the visit.
    const mine = ++visitJob;
    nextTask(() => {
      if (mine !== visitJob || ctx.isInvalid) return;
      try {
        recordVisit(article, spans);
      } catch (e) {
        console.warn('[VN News Annotator] could not record the visit', e);
      }
    });
  });
  const recordVisit = (article: ArticleInfo, spans: EntitySpan[]) => {
    const entities = groupEntities(spans, canonicalName).map((g) => {
      const e: ArticleEntity = { id: g.key, kind: g.kind, name: g.name, count: g.mentions.length };
      // A person the data knows: the first office the article gives them, for the dossier (namesake.ts).
      // An office naming bodies first, else a rank alone ("Thượng tướng X"), which names none.
      const mentions = g.kind === 'official' ? g.mentions.map((i) => spans[i]).filter((s) => s.id) : [];
      const roled = mentions.find((s) => s.roleBodies) ?? mentions.find((s) => isRankOnly(s.role));
      if (roled?.role) {
        e.role = roled.role.slice(0, LIMITS.title);
        e.roleBodies = (roled.roleBodies ?? []).slice(0, LIMITS.roleBodies).map((b) => b.slice(0, LIMITS.entityId));
      }
      return e;
    });
    const signature = `${article.canonicalUrl}|${spans.length}`;
    if (signature === sent) return;
    sent = signature;
    request({
      type: 'visit',
      article: {
        key: article.canonicalUrl,
        url: location.href,
        title: article.title.slice(0, LIMITS.title),
        site: article.site,
        published: article.published,
        author: article.author?.slice(0, LIMITS.author),
        // The most mentioned first, so a very long page keeps what matters within the limit.
        entities: entities.sort((a, b) => b.count - a.count).slice(0, LIMITS.entities),
      },
    })
      .then(() => {
        state.status.visitSaved = true;
      })
      .catch((e) => console.warn('[VN News Annotator] could not record the visit', e));
  };

  ctx.onInvalidated(() => {
    stopReading();
    stopFind();
    stopPaint();
    stopVisit();
    painter.remove('entities');
  });
}
