import type { PopupModel } from './model';
import { TemplateEditor } from './TemplateEditor';

export function ExportBar({ model: m }: { model: PopupModel }) {
  const busy = m.busy.value;
  const nSelected = m.selected.value.size;
  // Until every record is loaded the total is unknown (only the first page was counted).
  const nAll = m.results.value?.length ?? m.annotations.value?.length ?? null;
  const onPage = m.view.value === 'page' && m.page.value.status === 'article';
  const btn = (testid: string, label: string, run: () => void, disabled = false) => (
    <button type="button" data-testid={testid} disabled={busy || disabled} onClick={run}>
      {label}
    </button>
  );
  return (
    <section class="export" aria-labelledby="export-title">
      <h2 id="export-title" class="sr-only">
        {m.tr('export.title')}
      </h2>
      <div class="export-buttons">
        {onPage &&
          btn(
            'export-md-article',
            m.tr('export.mdArticle'),
            () => void m.exportAs('md-article'),
            !m.pageAnnotations.value?.length,
          )}
        {btn(
          'export-md-selected',
          m.tr('export.mdSelected', { n: nSelected }),
          () => void m.exportAs('md-selected'),
          nSelected === 0,
        )}
        {btn('export-md', m.tr('export.mdAll', { n: nAll ?? '…' }), () => void m.exportAs('md-all'), nAll === 0)}
        {btn('export-json', m.tr('export.json'), () => void m.exportAs('json'))}
        {btn('export-w3c', m.tr('export.w3c'), () => void m.exportAs('w3c'))}
      </div>
      <TemplateEditor model={m} />
      <label class="import">
        <span>{m.tr('import.label')}</span>
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-input"
          disabled={busy}
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            await m.imports.chooseFile(file);
            input.value = '';
          }}
        />
      </label>
    </section>
  );
}
