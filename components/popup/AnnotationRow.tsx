import type { Annotation } from '../../utils/model';
import type { AnnotationPatch } from '../../utils/db/queries';
import type { StringKey } from '../../utils/i18n/index';
import { ColourSwatch } from '../shared/ColourSwatch';
import { AnnotationEditor } from './AnnotationEditor';

export interface AnnotationRowProps {
  annotation: Annotation;
  /** Shown in search results, where rows from many articles mix. */
  articleTitle?: string;
  selected: boolean;
  editing: boolean;
  tr: (key: StringKey, values?: Record<string, string | number>) => string;
  onSelect: (on: boolean) => void;
  onOpen: () => void;
  onEdit: () => void;
  onSave: (patch: AnnotationPatch) => void;
  onCancel: () => void;
  onDelete: () => void;
}

export function AnnotationRow(p: AnnotationRowProps) {
  const a = p.annotation;
  return (
    <li class={`annotation${a.orphan ? ' orphan' : ''}`} data-testid="annotation-row" data-id={a.id}>
      <div class="annotation-head">
        <input
          type="checkbox"
          checked={p.selected}
          onChange={(e) => p.onSelect(e.currentTarget.checked)}
          aria-label={p.tr('popup.select')}
          data-testid="annotation-select"
        />
        <ColourSwatch colour={a.colour} label={p.tr(`colour.${a.colour}`)} />
        <button type="button" class="quote" onClick={p.onOpen} title={p.tr('popup.open')} data-testid="annotation-open">
          {a.quote}
        </button>
      </div>
      {p.articleTitle && <div class="article-title-small">{p.articleTitle}</div>}
      {a.orphan && (
        <div class="badge badge-orphan" data-testid="orphan-badge">
          {p.tr('popup.orphan')}
        </div>
      )}
      {p.editing ? (
        <AnnotationEditor annotation={a} tr={p.tr} onSave={p.onSave} onCancel={p.onCancel} />
      ) : (
        <>
          {a.note && (
            <p class="note" data-testid="annotation-note">
              {a.note}
            </p>
          )}
          {a.tags.length > 0 && (
            <ul class="tags" aria-label={p.tr('filter.tag')}>
              {a.tags.map((t) => (
                <li key={t} class="tag">
                  {t}
                </li>
              ))}
            </ul>
          )}
          <div class="row-actions">
            <button type="button" onClick={p.onEdit} data-testid="annotation-edit">
              {p.tr('popup.edit')}
            </button>
            <button type="button" onClick={p.onDelete} data-testid="annotation-delete">
              {p.tr('popup.delete')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
