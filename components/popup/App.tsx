import type { PopupModel, View } from './model';
import { PageView } from './PageView';
import { AllView } from './AllView';
import { ExportBar } from './ExportBar';
import { Notice } from '../shared/Notice';
import { ImportPreview } from './ImportPreview';
import { Safekeeping } from './Safekeeping';

export function App({ model: m, onOpenOptions }: { model: PopupModel; onOpenOptions?: () => void }) {
  const view = m.view.value;
  const n = m.notice.value;
  const tab = (v: View, label: string) => (
    <button
      type="button"
      role="tab"
      id={`tab-${v}`}
      aria-selected={view === v}
      aria-controls="panel"
      tabIndex={view === v ? 0 : -1}
      data-testid={`view-${v}`}
      onClick={() => (m.view.value = v)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          const next: View = v === 'page' ? 'all' : 'page';
          m.view.value = next;
          document.getElementById(`tab-${next}`)?.focus();
        }
      }}
    >
      {label}
    </button>
  );
  return (
    <div class="popup" lang={m.lang.value}>
      <header>
        <h1>{m.tr('app.name')}</h1>
        {onOpenOptions && (
          <button type="button" class="link" onClick={onOpenOptions} data-testid="open-options">
            {m.tr('popup.settings')}
          </button>
        )}
      </header>
      <div role="tablist" class="tabs">
        {tab('page', m.tr('popup.view.page'))}
        {tab('all', m.tr('popup.view.all'))}
      </div>
      {n && (
        <Notice
          kind={n.kind}
          text={n.text}
          details={n.details}
          action={
            n.undo
              ? { label: m.tr('popup.undo'), run: () => void m.undoDelete() }
              : n.undoImport
                ? { label: m.tr('import.undo'), run: () => void m.imports.undo() }
                : undefined
          }
          onClose={() => (m.notice.value = null)}
          closeLabel={m.tr('popup.cancel')}
        />
      )}
      <div id="panel" role="tabpanel" aria-labelledby={`tab-${view}`}>
        {view === 'page' ? <PageView model={m} /> : <AllView model={m} />}
      </div>
      <ImportPreview model={m} />
      <ExportBar model={m} />
      <Safekeeping model={m} />
    </div>
  );
}
