import type { Annotation } from '../../utils/model';
import type { PopupModel } from './model';
import { AnnotationRow } from './AnnotationRow';
import { snippetFor } from './results-flow';

interface Props {
  model: PopupModel;
  list: Annotation[];
  /** Rows shown; the rest behind "show more" so 10,000 results cost 50 rows. */
  limit?: number;
  showArticle?: boolean;
}

export function AnnotationList({ model: m, list, limit = Infinity, showArticle }: Props) {
  const shown = list.length > limit ? list.slice(0, limit) : list;
  const selected = m.selected.value;
  const editing = m.editing.value;
  const reasons = showArticle ? m.reasons.value : null;
  const filters = m.filters.value;
  return (
    <>
      <ul class="annotations" data-testid="annotation-list">
        {shown.map((a) => (
          <AnnotationRow
            key={a.id}
            annotation={a}
            articleTitle={showArticle ? (m.articleByKey.value.get(a.articleKey)?.title ?? a.pageUrl) : undefined}
            why={
              reasons?.has(a.id)
                ? { reasons: reasons.get(a.id)!, snippet: snippetFor(a, reasons.get(a.id)!, filters) }
                : undefined
            }
            selected={selected.has(a.id)}
            editing={editing === a.id}
            lang={m.lang.value}
            names={m.names.value}
            knownTags={m.knownTags.value}
            tr={m.tr}
            trn={m.trn}
            onSelect={(on) => m.toggleSelected(a.id, on)}
            onOpen={() => void m.open(a)}
            onEdit={() => (m.editing.value = a.id)}
            onSave={(patch) => void m.saveEdit(a, patch)}
            onCancel={() => (m.editing.value = null)}
            onDelete={() => void m.remove(a)}
            onCite={() => void m.copyCitation(a)}
          />
        ))}
      </ul>
      {list.length > shown.length && (
        <button type="button" class="show-more" onClick={m.showMore} data-testid="show-more">
          {m.tr('popup.showMore', { n: list.length - shown.length })}
        </button>
      )}
    </>
  );
}
