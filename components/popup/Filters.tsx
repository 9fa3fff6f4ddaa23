import type { HighlightColour } from '../../utils/model';
import type { PopupModel } from './model';
import { colourLabel } from '../../utils/notes/colours';

export function SearchBox({ model: m }: { model: PopupModel }) {
  const f = m.filters.value;
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for the browsers we support (Firefox 142)
    <div class="search" role="search">
      <label for="search" class="sr-only">
        {m.tr('search.label')}
      </label>
      <input
        id="search"
        type="search"
        data-testid="search-input"
        placeholder={m.tr('search.placeholder')}
        value={f.text}
        onInput={(e) => m.setFilters({ text: e.currentTarget.value })}
      />
      <label class="inline">
        <input
          type="checkbox"
          data-testid="accent-insensitive"
          checked={f.accentInsensitive}
          onChange={(e) => m.setFilters({ accentInsensitive: e.currentTarget.checked })}
        />
        {m.tr('search.accent')}
      </label>
    </div>
  );
}

export function Filters({ model: m }: { model: PopupModel }) {
  const f = m.filters.value;
  const { sites, tags, entities, colours } = m.facets.value;
  const opts = (list: { value: string; label: string; count: number }[]): [string, string][] =>
    list.map((f) => [f.value, `${f.label} (${f.count})`]);
  const any = m.tr('filter.any');
  const select = (id: string, label: string, value: string, options: [string, string][], set: (v: string) => void) => (
    <div class="filter">
      <label for={id}>{label}</label>
      <select id={id} data-testid={id} value={value} onChange={(e) => set(e.currentTarget.value)}>
        <option value="">{any}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <details class="filters" open={m.filtering.value && !f.text}>
      <summary>{`${m.tr('filter.site')}, ${m.tr('filter.tag')}, ${m.tr('filter.colour')}…`}</summary>
      <div class="filter-grid">
        {select('filter-site', m.tr('filter.site'), f.site, opts(sites), (site) => m.setFilters({ site }))}
        {select('filter-tag', m.tr('filter.tag'), f.tag, opts(tags), (tag) => m.setFilters({ tag }))}
        {select(
          'filter-colour',
          m.tr('filter.colour'),
          f.colour,
          colours.map((c) => [c.value, `${colourLabel(c.value, m.names.value[c.value], m.lang.value)} (${c.count})`]),
          (colour) => m.setFilters({ colour: colour as HighlightColour | '' }),
        )}
        {select('filter-entity', m.tr('filter.entity'), f.entity, opts(entities), (entity) => m.setFilters({ entity }))}
        <div class="filter">
          <label for="filter-from">{m.tr('filter.from')}</label>
          <input
            id="filter-from"
            data-testid="filter-from"
            type="date"
            value={f.from}
            onChange={(e) => m.setFilters({ from: e.currentTarget.value })}
          />
        </div>
        <div class="filter">
          <label for="filter-to">{m.tr('filter.to')}</label>
          <input
            id="filter-to"
            data-testid="filter-to"
            type="date"
            value={f.to}
            onChange={(e) => m.setFilters({ to: e.currentTarget.value })}
          />
        </div>
      </div>
      {m.filtering.value && (
        <button
          type="button"
          onClick={() => m.setFilters({ site: '', tag: '', colour: '', entity: '', from: '', to: '', text: '' })}
          data-testid="filter-clear"
        >
          {m.tr('filter.clear')}
        </button>
      )}
    </details>
  );
}
