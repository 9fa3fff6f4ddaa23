/** What an import would change, before it changes anything: each of the reader's notes it replaces. */
import { clip } from '../page/Panel';
import type { PopupModel } from './model';

export function ImportPreview({ model: m }: { model: PopupModel }) {
  const plan = m.imports.pending.value;
  if (!plan) return null;
  const { added, updated } = plan.merged;
  return (
    <section class="import-preview" aria-labelledby="import-preview-title" data-testid="import-preview">
      <h2 id="import-preview-title">{m.trn('import.preview', added, { added, updated })}</h2>
      {plan.merged.readerFacts.length > 0 && (
        <p data-testid="import-facts">{m.trn('import.facts', plan.merged.readerFacts.length)}</p>
      )}
      <ul>
        {plan.replaced.slice(0, 20).map(({ before, after }) => (
          <li key={before.id} data-testid="import-replaced">
            <blockquote>{clip(before.quote, 100)}</blockquote>
            <p>
              <span class="muted">{m.tr('import.yours', { date: before.updated.slice(0, 10) })}</span>{' '}
              {clip(before.note, 160) || '—'}
            </p>
            <p>
              <span class="muted">{m.tr('import.theirs', { date: after.updated.slice(0, 10) })}</span>{' '}
              {clip(after.note, 160) || '—'}
            </p>
          </li>
        ))}
      </ul>
      {plan.replaced.length > 20 && <p class="muted">{m.tr('import.more', { n: plan.replaced.length - 20 })}</p>}
      <div class="row">
        <button type="button" data-testid="import-confirm" onClick={() => void m.imports.confirm()}>
          {m.tr('import.confirm')}
        </button>
        <button type="button" data-testid="import-cancel" onClick={m.imports.cancel}>
          {m.tr('popup.cancel')}
        </button>
      </div>
    </section>
  );
}
