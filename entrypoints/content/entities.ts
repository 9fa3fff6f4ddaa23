/** Finds the article's entities, draws them, and records the visit with their summary. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { safeEffect } from './safe-effect';
import { createEngine } from '@/utils/entities';
import { rangeFromOffsets } from '@/utils/dom/text-index';
import { groupEntities } from '@/utils/page/summary';
import { request } from '@/utils/messaging/client';
import { LIMITS } from '@/utils/limits';
import type { EntityKind } from '@/utils/model';
import type { EntitySpan } from '@/utils/entities/types';
import { ENTITY_KINDS } from '@/utils/settings/settings';
import { canonicalName } from './card-view';
import { setPageFlag } from './article';
import type { PageState } from './state';

export const entityGroup = (kind: EntityKind) => `vna-entity-${kind}`;

export function startEntities(ctx: ContentScriptContext, state: PageState): void {
  const painter = state.painter;
  let engine: ReturnType<typeof createEngine> | undefined;
  let engineFor = '';
  // The text is often the same after a re-read (markup churn): its spans are kept.
  let last = { text: '', spans: [] as EntitySpan[] };

  const stopFind = safeEffect('finding entities', () => {
    const index = state.index.value;
    const watch = state.settings.value.watchList;
    const key = JSON.stringify(watch);
    if (!engine || key !== engineFor) {
      engine = createEngine({ extraTerms: watch });
      engineFor = key;
      last = { text: '', spans: [] };
    }
    if (index && index.text !== last.text) last = { text: index.text, spans: engine.find(index.text) };
    const spans = index ? last.spans : [];
    performance.mark('vna:matched');
    state.spans.value = spans;
    setPageFlag('entities', index ? String(state.spans.value.length) : null);
  });

  const stopPaint = safeEffect('drawing entities', () => {
    const index = state.index.value;
    const spans = state.spans.value;
    const kinds = state.settings.value.kinds;
    painter.set('entities', () =>
      index
        ? ENTITY_KINDS.filter((kind) => kinds[kind].enabled).map((kind) => ({
            name: entityGroup(kind),
            ranges: spans.filter((s) => s.kind === kind).map((s) => rangeFromOffsets(index, s.start, s.end)),
            style: { background: `${kinds[kind].colour}40`, underline: kinds[kind].colour, priority: 1 },
          }))
        : [],
    );
    performance.mark('vna:drawn');
  });

  // One visit record per article (and again when its text changes, e.g. infinite scroll).
  let sent = '';
  const stopVisit = safeEffect('recording the visit', () => {
    const article = state.article.value;
    const spans = state.spans.value;
    if (!article) return;
    const entities = groupEntities(spans, canonicalName).map((g) => ({ id: g.key, kind: g.kind, name: g.name, count: g.mentions.length }));
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
      .then(() => setPageFlag('saved', '1'))
      .catch((e) => console.warn('[VN News Annotator] could not record the visit', e));
  });

  ctx.onInvalidated(() => {
    stopFind();
    stopPaint();
    stopVisit();
    painter.remove('entities');
  });
}
