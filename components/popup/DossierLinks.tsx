/**
 * Links from the popup to the dossiers: the entities whose names match the search (accents
 * optional), and the index of all dossiers. The entity list is made once per set of articles,
 * in an idle moment after they load, so no keystroke waits for it.
 */
import { useEffect } from 'preact/hooks';
import type { Article } from '../../utils/model';
import { entitiesMet, filterIndex, type IndexEntry } from '../../utils/dossier/entity-index';
import { dossierPath } from '../../utils/dossier/link';
import { td } from '../../utils/i18n/dossier';
import type { PopupModel } from './model';

const SHOWN = 5;
const built = new WeakMap<Article[], IndexEntry[]>();
function entitiesOf(articles: Article[]): IndexEntry[] {
  let list = built.get(articles);
  if (!list) built.set(articles, (list = entitiesMet(articles)));
  return list;
}
const idle = (f: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 1000 }) : setTimeout(f, 50);

/** Relative to the popup page: dossier.html sits beside popup.html in the extension. */
const href = (id?: string) => dossierPath(id).slice(1);

export function DossierLinks({ model: m }: { model: PopupModel }) {
  const lang = m.lang.value;
  const f = m.filters.value;
  const articles = m.articles.value;
  const text = f.text.trim();
  // Made ahead, in an idle moment: the first keystroke then only filters.
  useEffect(() => {
    if (articles && !built.has(articles)) idle(() => entitiesOf(articles));
  }, [articles]);
  const found = text && articles ? filterIndex(entitiesOf(articles), { text }).slice(0, SHOWN) : [];
  // An entity chosen in the filter links to its dossier too.
  const chosen =
    f.entity && !found.some((e) => e.id === f.entity)
      ? m.facets.value.entities.find((e) => e.value === f.entity)
      : undefined;
  return (
    <nav class="dossier-links" aria-label={td('dossier.popupLinks', lang)} data-testid="dossier-links">
      <span class="muted">{td('dossier.popupLinks', lang)}:</span>{' '}
      {chosen && (
        <a href={href(chosen.value)} target="_blank" rel="noopener" data-testid="dossier-link" data-id={chosen.value}>
          {chosen.label}
        </a>
      )}
      {found.map((e) => (
        <a key={e.id} href={href(e.id)} target="_blank" rel="noopener" data-testid="dossier-link" data-id={e.id}>
          {td('dossier.popupEntry', lang, { name: e.name, n: e.articles })}
        </a>
      ))}
      <a href={href()} target="_blank" rel="noopener" data-testid="dossier-index-link">
        {td('dossier.openAll', lang)}
      </a>
    </nav>
  );
}
