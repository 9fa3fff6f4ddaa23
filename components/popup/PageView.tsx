import type { EntityKind } from '../../utils/model';
import type { PopupModel } from './model';
import { AnnotationList } from './AnnotationList';
import { KindMark } from '../shared/KindMark';
import { ArticleNoteForm } from './ArticleNoteForm';
import { ArticleDates } from './ArticleDates';

const KINDS: EntityKind[] = ['official', 'body', 'resolution'];

export function PageView({ model: m }: { model: PopupModel }) {
  const p = m.page.value;
  if (p.status === 'loading') return <p class="muted">{m.tr('popup.loading')}</p>;
  if (p.status === 'unsupported')
    return (
      <section data-testid="page-unsupported">
        <p>{m.tr('popup.noArticle')}</p>
        {p.origin && (
          <button type="button" class="primary" onClick={() => void m.enableSite()} data-testid="enable-site">
            {m.tr('popup.enableSite', { origin: new URL(p.origin).host })}
          </button>
        )}
      </section>
    );
  const list = m.pageAnnotations.value;
  const entities = m.entitySummary.value;
  const state = p.info.state;
  return (
    <section data-testid="page-view" data-state={state} aria-labelledby="page-title">
      <h2 id="page-title" class="article-title">
        {p.info.title}
      </h2>
      {m.pageArticle.value && (
        <p class="article-meta" data-testid="page-dates">
          <ArticleDates model={m} article={m.pageArticle.value} />
        </p>
      )}
      {state === 'page' && (
        <div class="page-state" data-testid="page-not-article">
          <p>{m.tr('popup.notDetected')}</p>
          <button type="button" data-testid="treat-as-article" onClick={() => void m.treatAsArticle()}>
            {m.tr('popup.treatAsArticle')}
          </button>
        </div>
      )}
      {state === 'disabled' && (
        <div class="page-state" data-testid="page-disabled">
          <p>{m.tr('popup.siteOff')}</p>
          <button type="button" data-testid="site-on" onClick={() => void m.turnSiteOn()}>
            {m.tr('popup.siteOn')}
          </button>
        </div>
      )}
      {entities.length > 0 && (
        <details class="entities" open data-testid="entity-summary">
          <summary>{m.tr('popup.entities')}</summary>
          {KINDS.map((kind) => {
            const of = entities.filter((e) => e.kind === kind);
            return of.length ? (
              <div key={kind} class={`entity-group kind-${kind}`}>
                <h3>
                  <KindMark kind={kind} />
                  {m.tr(`kind.${kind}`)}
                </h3>
                <ul>
                  {of.map((e) => (
                    <li key={e.id} data-testid="entity-item">
                      {e.name} <span class="count">×{e.count}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null;
          })}
        </details>
      )}
      {list === null ? (
        <p class="muted">{m.tr('popup.loading')}</p>
      ) : list.length === 0 ? (
        <p class="muted">{m.tr('popup.noAnnotations')}</p>
      ) : (
        <AnnotationList model={m} list={list} />
      )}
      <ArticleNoteForm model={m} />
    </section>
  );
}
