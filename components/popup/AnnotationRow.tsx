import type { Annotation, HighlightColour } from '../../utils/model';
import type { AnnotationPatch } from '../../utils/db/queries';
import type { StringKey } from '../../utils/i18n/index';
import type { TagCount } from '../../utils/search/tag-suggest';
import type { Snippet } from '../../utils/search/snippet';
import { isArticleNote } from '../../utils/notes/article-note';
import { colourLabel } from '../../utils/notes/colours';
import type { Lang } from '../../utils/settings/settings';
import { ColourSwatch } from '../shared/ColourSwatch';
import { AnnotationEditor } from './AnnotationEditor';
import { ResultWhy } from './ResultWhy';
import type { MatchReason } from './results-flow';

export interface AnnotationRowProps {
  annotation: Annotation;
  /** Shown in search results, where rows from many articles mix. */
  articleTitle?: string;
  /** In search results: why this one matched, and where. */
  why?: { reasons: readonly MatchReason[]; snippet: Snippet | null };
  selected: boolean;
  editing: boolean;
  lang: Lang;
  names: Record<HighlightColour, string>;
  knownTags: readonly TagCount[];
  tr: (key: StringKey, values?: Record<string, string | number>) => string;
  trn: (key: StringKey, n: number) => string;
  onSelect: (on: boolean) => void;
  onOpen: () => void;
  onEdit: () => void;
  onSave: (patch: AnnotationPatch) => void;
  onCancel: () => void;
  onDelete: () => void;
  /** Copies the note as a citation (must run from the reader's click or key). */
  onCite: () => void;
}

export function AnnotationRow(p: AnnotationRowProps) {
  const a = p.annotation;
  const whole = isArticleNote(a);
  return (
    <li
      class={`annotation${a.orphan ? ' orphan' : ''}${whole ? ' whole-article' : ''}`}
      data-testid="annotation-row"
      data-id={a.id}
      data-whole-article={whole ? 'true' : undefined}
    >
      <div class="annotation-head">
        <input
          type="checkbox"
          checked={p.selected}
          onChange={(e) => p.onSelect(e.currentTarget.checked)}
          aria-label={p.tr('popup.select')}
          data-testid="annotation-select"
        />
        <ColourSwatch colour={a.colour} label={colourLabel(a.colour, p.names[a.colour], p.lang)} />
        {whole ? (
          <button
            type="button"
            class="quote"
            onClick={p.onOpen}
            title={p.tr('popup.open')}
            data-testid="annotation-open"
          >
            <span class="badge badge-whole" data-testid="whole-article-badge">
              {p.tr('articleNote.badge')}
            </span>
          </button>
        ) : (
          <button
            type="button"
            class="quote"
            onClick={p.onOpen}
            title={p.tr('popup.open')}
            data-testid="annotation-open"
          >
            {a.quote}
          </button>
        )}
      </div>
      {p.articleTitle && <div class="article-title-small">{p.articleTitle}</div>}
      {p.why && <ResultWhy reasons={p.why.reasons} snippet={p.why.snippet} tr={p.tr} />}
      {a.orphan && (
        <div class="badge badge-orphan" data-testid="orphan-badge">
          {p.tr('popup.orphan')}
        </div>
      )}
      {p.editing ? (
        <AnnotationEditor
          annotation={a}
          lang={p.lang}
          names={p.names}
          knownTags={p.knownTags}
          tr={p.tr}
          trn={p.trn}
          onSave={p.onSave}
          onCancel={p.onCancel}
        />
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
            <button type="button" onClick={p.onCite} data-testid="annotation-cite" title={p.tr('cite.copy')}>
              {p.tr('cite.short')}
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
