/**
 * Merging entries the engine kept apart: the reader finds another entry of the same kind and
 * merges it into this dossier; merges already made are listed with a way to undo each.
 */
import { useState } from 'preact/hooks';
import type { Dossier } from '../../utils/dossier/build';
import type { DossierModel } from './model';

export function MergePanel({ dossier: d, model: m }: { dossier: Dossier; model: DossierModel }) {
  const [text, setText] = useState('');
  const loading = m.index.value.status === 'loading';
  const candidates = m.mergeCandidates(text);
  return (
    <section class="card-section merge" aria-labelledby="merge-h">
      {d.merged.length > 0 && (
        <>
          <h2 id="merged-h">{m.tr('dossier.merged')}</h2>
          <ul class="merged" data-testid="merged-list">
            {d.merged.map((x) => (
              <li key={x.from} data-from={x.from}>
                <span title={x.from}>{x.name}</span>{' '}
                <button type="button" onClick={() => void m.unmerge(x.from, x.name)} data-testid="unmerge">
                  {m.tr('dossier.unmerge')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <details
        onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && m.openMergePanel()}
        data-testid="merge-panel"
      >
        <summary id="merge-h">{m.tr('dossier.merge')}</summary>
        <p class="small muted">{m.tr('dossier.mergeHelp')}</p>
        <label class="sr-only" for="merge-search">
          {m.tr('dossier.mergeSearch')}
        </label>
        <input
          id="merge-search"
          type="search"
          placeholder={m.tr('dossier.mergeSearch')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          data-testid="merge-search"
        />
        {loading && text && <p class="muted small">{m.tr('dossier.loading')}</p>}
        {!loading && text.trim() && candidates.length === 0 && <p class="muted small">{m.tr('dossier.mergeNone')}</p>}
        <ul class="merge-candidates">
          {candidates.map((c) => (
            <li key={c.id} data-testid="merge-candidate" data-id={c.id}>
              <span title={c.id}>{c.name}</span>{' '}
              <span class="count">{m.tr('dossier.relatedCount', { n: c.articles })}</span>{' '}
              <button type="button" onClick={() => void m.merge(c).then(() => setText(''))} data-testid="merge-into">
                {m.tr('dossier.mergeInto')}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
