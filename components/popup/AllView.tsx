import type { PopupModel } from './model';
import { AnnotationList } from './AnnotationList';
import { Filters, SearchBox } from './Filters';
import { SITES } from '../../utils/sites/registry';
import { DossierLinks } from './DossierLinks';
import { ArticleDates } from './ArticleDates';
import { RESULT_ORDERS, type ResultOrder } from '../../utils/search/sort';
import type { StringKey } from '../../utils/i18n/index';

const ORDER_LABEL: Record<ResultOrder, StringKey> = {
  newest: 'find.sort.newest',
  oldest: 'find.sort.oldest',
  articleDate: 'find.sort.articleDate',
  position: 'find.sort.position',
};

function SortMenu({ model: m }: { model: PopupModel }) {
  return (
    <label class="inline sort">
      {m.tr('find.sort')}{' '}
      <select
        data-testid="result-sort"
        value={m.order.value}
        onChange={(e) => (m.order.value = e.currentTarget.value as ResultOrder)}
      >
        {RESULT_ORDERS.map((o) => (
          <option key={o} value={o}>
            {m.tr(ORDER_LABEL[o])}
          </option>
        ))}
      </select>
    </label>
  );
}

const siteName = (id: string) => SITES.find((s) => s.id === id)?.name ?? id;

function Results({ model: m }: { model: PopupModel }) {
  const results = m.results.value;
  if (results === null) return <p class="muted">{m.tr('popup.loading')}</p>;
  const ids = results.map((a) => a.id);
  const allOn = ids.length > 0 && ids.every((id) => m.selected.value.has(id));
  return (
    <section aria-live="polite">
      <div class="results-head">
        <span data-testid="result-count">{m.trn('popup.resultCount', results.length)}</span>
        {results.length > 1 && <SortMenu model={m} />}
        {results.length > 0 && (
          <label class="inline">
            <input
              type="checkbox"
              checked={allOn}
              onChange={(e) => m.selectAll(ids, e.currentTarget.checked)}
              data-testid="select-all"
            />
            {m.tr('popup.selectAll')}
          </label>
        )}
      </div>
      {results.length === 0 ? (
        <p class="muted">{m.tr('popup.noResults')}</p>
      ) : (
        <AnnotationList model={m} list={results} limit={m.limit.value} showArticle />
      )}
    </section>
  );
}

function RecentList({ model: m }: { model: PopupModel }) {
  const rows = m.recentRows.value;
  if (!rows.length) return null;
  return (
    <section class="recent" data-testid="recent-list">
      <h2 class="section-title">{m.tr('popup.recent')}</h2>
      <ul class="articles">
        {rows.map((a) => (
          <li key={a.key} class="article" data-testid="recent-row" data-key={a.key}>
            <a class="article-toggle" href={a.url} target="_blank" rel="noreferrer">
              <span class="article-title">{a.title || a.url}</span>
              <span class="article-meta">
                {siteName(a.site)} · <ArticleDates model={m} article={a} />
                {a.entities?.length ? ` · ${m.trn('popup.entityCount', a.entities.length)}` : ''}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ArticleList({ model: m }: { model: PopupModel }) {
  if (m.articles.value === null) return <p class="muted">{m.tr('popup.loading')}</p>;
  const rows = m.articleRows.value;
  if (rows.length === 0)
    return (
      <>
        <p class="muted" data-testid="no-articles">
          {m.tr('popup.noArticles')}
        </p>
        <RecentList model={m} />
      </>
    );
  const shown = rows.slice(0, m.limit.value);
  const counts = m.counts.value;
  const open = m.expanded.value;
  return (
    <>
      <ul class="articles" data-testid="article-list">
        {shown.map((a) => {
          const isOpen = open === a.key;
          const list = isOpen ? m.byArticle.value.get(a.key) : undefined;
          return (
            <li key={a.key} class="article" data-testid="article-row" data-key={a.key}>
              <button
                type="button"
                class="article-toggle"
                aria-expanded={isOpen}
                onClick={() => (m.expanded.value = isOpen ? null : a.key)}
              >
                <span class="article-title">{a.title || a.url}</span>
                <span class="article-meta">
                  {siteName(a.site)} · <ArticleDates model={m} article={a} /> ·{' '}
                  <span data-testid="article-count">{m.trn('popup.annotationCount', counts.get(a.key) ?? 0)}</span>
                </span>
              </button>
              {isOpen &&
                (list ? <AnnotationList model={m} list={list} /> : <p class="muted">{m.tr('popup.loading')}</p>)}
            </li>
          );
        })}
      </ul>
      {rows.length > shown.length && (
        <button type="button" class="show-more" onClick={m.showMore} data-testid="show-more">
          {m.tr('popup.showMore', { n: rows.length - shown.length })}
        </button>
      )}
      <RecentList model={m} />
    </>
  );
}

export function AllView({ model: m }: { model: PopupModel }) {
  return (
    <section data-testid="all-view" data-search-ready={m.index.value ? 'true' : 'false'}>
      <SearchBox model={m} />
      <Filters model={m} />
      <DossierLinks model={m} />
      {m.filtering.value ? <Results model={m} /> : <ArticleList model={m} />}
    </section>
  );
}
