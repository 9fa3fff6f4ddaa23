import { useEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '@/utils/model';
import { t } from '@/utils/i18n';
import type { Lang } from '@/utils/settings/settings';

export const NOTE_COLOURS: Record<HighlightColour, string> = {
  yellow: '#ffe066',
  green: '#a8e6a1',
  blue: '#a5d8ff',
  pink: '#fcc2d7',
  purple: '#d0bfff',
  orange: '#ffc078',
};

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
  error?: string;
  onSave: (v: NoteValues) => void;
  /** The reader changed something (typed, picked a colour). */
  onTouch?: () => void;
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
  return (
    <div
      class="toolbar"
      role="dialog"
      aria-label={t('page.highlight', p.lang)}
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
            aria-label={c}
            aria-pressed={c === colour}
            data-testid={`colour-${c}`}
            style={{ background: NOTE_COLOURS[c] }}
            onClick={() => {
              setColour(c);
              p.onTouch?.();
            }}
          />
        ))}
      </div>
      <textarea
        ref={noteField}
        aria-label={t('page.note', p.lang)}
        placeholder={t('page.note', p.lang)}
        value={note}
        data-testid="note-input"
        onInput={(e) => {
          setNote((e.target as HTMLTextAreaElement).value);
          p.onTouch?.();
        }}
        maxLength={50_000}
      />
      <input
        type="text"
        aria-label={t('page.tags', p.lang)}
        placeholder={t('page.tags', p.lang)}
        value={tags}
        data-testid="tags-input"
        onInput={(e) => {
          setTags((e.target as HTMLInputElement).value);
          p.onTouch?.();
        }}
      />
      {p.error && (
        <p class="danger" role="alert">
          {t('page.saveFailed', p.lang)}: {p.error}
        </p>
      )}
      <div class="row">
        <button type="button" onClick={save} data-testid="note-save">
          {p.editing ? t('page.save', p.lang) : t('page.highlight', p.lang)}
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
