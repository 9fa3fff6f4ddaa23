/** Every entity the reader has met: searchable without accents, filtered by kind, sortable. */
import type { EntityKind } from '../../utils/model';
import type { IndexEntry, IndexSort } from '../../utils/dossier/entity-index';
import { dossierHash } from '../../utils/dossier/link';
import type { DossierModel } from './model';
import { formatDay } from './format';

const KINDS: EntityKind[] = ['official', 'body', 'resolution'];
const SORTS: IndexSort[] = ['articles', 'recent', 'name'];

function Row({ e, model: m }: { e: IndexEntry; model: DossierModel }) {
  return (
    <tr data-testid="index-row" data-id={e.id}>
      <td>
        <a href={dossierHash(e.id)} data-testid="index-link">
          {e.name}
        </a>
        {e.otherNames.length > 0 && <div class="muted small">{e.otherNames.slice(0, 3).join(' · ')}</div>}
      </td>
      <td class={`nowrap kind-${e.kind}`}>{m.tr(`page.${e.kind}`)}</td>
      <td class="num" data-testid="index-articles">
        {e.articles}
      </td>
      <td class="num">{e.notes || ''}</td>
      <td class="date">{formatDay(e.lastSeen, m.lang.value)}</td>
    </tr>
  );
}

export function IndexView({ model: m }: { model: DossierModel }) {
  const state = m.index.value;
  const q = m.query.value;
  if (state.status === 'loading') return <p class="muted">{m.tr('dossier.loading')}</p>;
  if (state.status === 'error')
    return <p class="notice notice-error">{m.tr('dossier.error', { error: state.error })}</p>;
  const list = m.entries.value;
  const shown = list.slice(0, m.indexLimit.value);
  return (
    <section class="dossier-index" data-testid="dossier-index" data-ready="true">
      <h1>{m.tr('dossier.indexTitle')}</h1>
      <p class="muted">{m.tr('dossier.indexLead')}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new for the browsers we support (Firefox 142) */}
      <div class="index-controls" role="search">
        <label class="sr-only" for="index-search">
          {m.tr('dossier.search')}
        </label>
        <input
          id="index-search"
          type="search"
          placeholder={m.tr('dossier.search')}
          value={q.text}
          onInput={(e) => m.setQuery({ text: e.currentTarget.value })}
          data-testid="index-search"
        />
        <label>
          {m.tr('dossier.kindLabel')}{' '}
          <select
            value={q.kind}
            onChange={(e) => m.setQuery({ kind: e.currentTarget.value as EntityKind | '' })}
            data-testid="index-kind"
          >
            <option value="">{m.tr('dossier.kindAll')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {m.tr(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.tr('dossier.sort')}{' '}
          <select
            value={q.sort}
            onChange={(e) => m.setQuery({ sort: e.currentTarget.value as IndexSort })}
            data-testid="index-sort"
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {m.tr(`dossier.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <span class="muted small" data-testid="index-count" aria-live="polite">
          {m.tr('dossier.indexCount', { shown: list.length, total: state.value.length })}
        </span>
      </div>
      {state.value.length === 0 ? (
        <p class="muted">{m.tr('dossier.indexEmpty')}</p>
      ) : list.length === 0 ? (
        <p class="muted">{m.tr('dossier.noMatch')}</p>
      ) : (
        <table class="index-table">
          <thead>
            <tr>
              <th scope="col">{m.tr('dossier.col.name')}</th>
              <th scope="col">{m.tr('dossier.col.kind')}</th>
              <th scope="col" class="num">
                {m.tr('dossier.col.articles')}
              </th>
              <th scope="col" class="num">
                {m.tr('dossier.col.notes')}
              </th>
              <th scope="col">{m.tr('dossier.col.lastSeen')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <Row key={e.id} e={e} model={m} />
            ))}
          </tbody>
        </table>
      )}
      {list.length > shown.length && (
        <button type="button" class="show-more" onClick={() => (m.indexLimit.value += 100)} data-testid="index-more">
          {m.tr('popup.showMore', { n: list.length - shown.length })}
        </button>
      )}
    </section>
  );
}
