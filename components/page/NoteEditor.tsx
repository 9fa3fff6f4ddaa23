import { useEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '@/utils/model';
import { t } from '@/utils/i18n';
import { tn } from '@/utils/i18n/plural';
import type { Lang } from '@/utils/settings/settings';
import { NOTE_FILL } from '@/utils/a11y/palette';
import type { TagCount } from '@/utils/search/tag-suggest';
import { colourLabel } from '@/utils/notes/colours';
import { TagInput } from '../shared/TagInput';

/** The note colours' fills (kept in utils/a11y/palette.ts, where their contrast is measured). */
export const NOTE_COLOURS: Record<HighlightColour, string> = NOTE_FILL;

export interface NoteValues {
  colour: HighlightColour;
  note: string;
  tags: string[];
}

interface Props {
  lang: Lang;
  initial: NoteValues;
  /** An existing annotation is being edited (shows Delete). */
  editing: boolean;
  /** Take keyboard focus when shown (opened by the keyboard command or a click on a highlight). */
  autoFocus: boolean;
  /** A note on the whole article: no quote, its own labels. */
  articleNote?: boolean;
  /** The reader's tags, offered as they type. */
  knownTags?: readonly TagCount[];
  /** The colours' names (the reader's or the defaults). */
  colourNames?: Record<HighlightColour, string>;
  error?: string;
  onSave: (v: NoteValues) => void;
  /** The reader changed something (typed, picked a colour). */
  onTouch?: () => void;
  /** The same, with the values as they now stand (kept as a draft). */
  onChange?: (v: NoteValues) => void;
  onDelete?: () => void;
  onClose: () => void;
}

export const parseTags = (s: string) =>
  [
    ...new Set(
      s
        .split(',')
        .map((x) => x.trim().replace(/^#/, ''))
        .filter(Boolean),
    ),
  ].slice(0, 50);

export function NoteEditor(p: Props) {
  const [colour, setColour] = useState(p.initial.colour);
  const [note, setNote] = useState(p.initial.note);
  const [tags, setTags] = useState(p.initial.tags.join(', '));
  const noteField = useRef<HTMLTextAreaElement>(null);
  // Opened by the keyboard or on a highlight, the note field takes focus: it is what the reader came to write.
  useEffect(() => {
    if (p.autoFocus) noteField.current?.focus();
  }, [p.autoFocus]);
  const save = () => p.onSave({ colour, note, tags: parseTags(tags) });
  const changed = (v: { colour?: HighlightColour; note?: string; tags?: string }) => {
    p.onTouch?.();
    p.onChange?.({ colour: v.colour ?? colour, note: v.note ?? note, tags: parseTags(v.tags ?? tags) });
  };
  const title = p.articleNote ? t('articleNote.title', p.lang) : t('page.highlight', p.lang);
  const nameOf = (c: HighlightColour) =>
    p.colourNames ? colourLabel(c, p.colourNames[c], p.lang) : t(`colour.${c}`, p.lang);
  return (
    <div
      class="toolbar"
      role="dialog"
      aria-label={title}
      data-testid="note-editor"
      onKeyDown={(e) => {
        if (e.key === 'Escape') p.onClose();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
      }}
    >
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset's legend would add a visible heading to a small popover */}
      <div class="colours" role="group" aria-label={t('page.colour', p.lang)}>
        {HIGHLIGHT_COLOURS.map((c) => (
          <button
            key={c}
            type="button"
            aria-label={nameOf(c)}
            title={nameOf(c)}
            aria-pressed={c === colour}
            data-testid={`colour-${c}`}
            style={{ background: NOTE_COLOURS[c] }}
            onClick={() => {
              setColour(c);
              changed({ colour: c });
            }}
          />
        ))}
      </div>
      <textarea
        ref={noteField}
        aria-label={t('page.note', p.lang)}
        placeholder={p.articleNote ? t('articleNote.placeholder', p.lang) : t('page.note', p.lang)}
        value={note}
        data-testid="note-input"
        onInput={(e) => {
          const value = (e.target as HTMLTextAreaElement).value;
          setNote(value);
          changed({ note: value });
        }}
        maxLength={50_000}
      />
      <TagInput
        id="note-tags"
        label={t('page.tags', p.lang)}
        placeholder={t('page.tags', p.lang)}
        value={tags}
        known={p.knownTags ?? []}
        listLabel={t('tags.suggestions', p.lang)}
        usesLabel={(n) => tn('tags.uses', p.lang, n)}
        testid="tags-input"
        onInput={(v) => {
          setTags(v);
          changed({ tags: v });
        }}
      />
      {p.error && (
        <p class="danger" role="alert">
          {t('page.saveFailed', p.lang)}: {p.error}
        </p>
      )}
      <div class="row">
        <button type="button" onClick={save} data-testid="note-save">
          {p.editing
            ? t('page.save', p.lang)
            : p.articleNote
              ? t('articleNote.save', p.lang)
              : t('page.highlight', p.lang)}
        </button>
        {p.editing && p.onDelete && (
          <button type="button" class="danger" onClick={p.onDelete} data-testid="note-delete">
            {t('page.delete', p.lang)}
          </button>
        )}
        <button type="button" onClick={p.onClose} style={{ marginLeft: 'auto' }}>
          {t('page.close', p.lang)}
        </button>
      </div>
    </div>
  );
}
