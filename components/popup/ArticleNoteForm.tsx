/**
 * "Add a note on this article" in the popup's page view: a note with no quote, about the whole
 * article, with tags (suggested from the reader's own) and a colour.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { splitList } from '../shared/split-list';
import { TagInput } from '../shared/TagInput';
import type { PopupModel } from './model';
import { forDisplay } from '../../utils/text/normalize';

export function ArticleNoteForm({ model: m }: { model: PopupModel }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [error, setError] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  // The reader just asked to write this note: the field is where they go.
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);
  if (!open)
    return (
      <button type="button" class="add-article-note" onClick={() => setOpen(true)} data-testid="add-article-note">
        {m.tr('articleNote.add')}
      </button>
    );
  return (
    <form
      class="editor article-note-form"
      data-testid="article-note-form"
      onSubmit={async (e) => {
        e.preventDefault();
        // The fields as they are now (a keystroke's state update may not have rendered yet).
        const f = e.currentTarget.elements;
        const field = (name: string) => (f.namedItem(name) as HTMLInputElement | null)?.value ?? '';
        const values = {
          note: forDisplay(field('note')).trim(),
          tags: splitList(field('tags')),
          colour: 'yellow' as const,
        };
        if (!values.note && !values.tags.length) return setError(m.tr('articleNote.empty'));
        if (await m.addArticleNote(values)) {
          setNote('');
          setTags('');
          setError('');
          setOpen(false);
        }
      }}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
    >
      <label for="article-note-text">{m.tr('articleNote.title')}</label>
      <textarea
        id="article-note-text"
        name="note"
        rows={3}
        value={note}
        placeholder={m.tr('articleNote.placeholder')}
        onInput={(e) => setNote(e.currentTarget.value)}
        data-testid="article-note-text"
        ref={field}
      />
      <label for="article-note-tags">{m.tr('popup.tags')}</label>
      <TagInput
        id="article-note-tags"
        name="tags"
        label={m.tr('popup.tags')}
        value={tags}
        onInput={setTags}
        known={m.knownTags.value}
        listLabel={m.tr('tags.suggestions')}
        usesLabel={(n) => m.trn('tags.uses', n)}
        testid="article-note-tags"
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row-actions">
        <button type="submit" data-testid="article-note-save">
          {m.tr('articleNote.save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {m.tr('popup.cancel')}
        </button>
      </div>
    </form>
  );
}
