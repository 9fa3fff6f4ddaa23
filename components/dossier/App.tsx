import { Notice } from '../shared/Notice';
import type { DossierModel } from './model';
import { DossierView } from './DossierView';
import { IndexView } from './IndexView';

export function DossierApp({ model: m }: { model: DossierModel }) {
  const id = m.route.value;
  const d = m.dossier.value;
  const n = m.notice.value;
  return (
    <div class="dossier-page" lang={m.lang.value}>
      <nav class="top">
        <span class="app-name">{m.tr('app.name')}</span>
        {id && (
          <a href="dossier.html" data-testid="back-to-index">
            {m.tr('dossier.back')}
          </a>
        )}
      </nav>
      {n && (
        <Notice kind={n.kind} text={n.text} onClose={() => (m.notice.value = null)} closeLabel={m.tr('popup.cancel')} />
      )}
      <main>
        {!id ? (
          <IndexView model={m} />
        ) : d.status === 'loading' ? (
          <p class="muted">{m.tr('dossier.loading')}</p>
        ) : d.status === 'error' ? (
          <p class="notice notice-error" role="alert">
            {m.tr('dossier.error', { error: d.error })}
          </p>
        ) : (
          <DossierView dossier={d.value} model={m} />
        )}
      </main>
    </div>
  );
}
