import { useState } from 'preact/hooks';
import { HIGHLIGHT_COLOURS, type Annotation, type HighlightColour } from '../../utils/model';
import type { AnnotationPatch } from '../../utils/db/queries';
import type { StringKey } from '../../utils/i18n/index';
import type { TagCount } from '../../utils/search/tag-suggest';
import { colourLabel } from '../../utils/notes/colours';
import type { Lang } from '../../utils/settings/settings';
import { SWATCH } from '../shared/ColourSwatch';
import { splitList } from '../shared/split-list';
import { forDisplay } from '../../utils/text/normalize';
import { TagInput } from '../shared/TagInput';

interface Props {
  annotation: Annotation;
  lang: Lang;
  names: Record<HighlightColour, string>;
  knownTags: readonly TagCount[];
  tr: (key: StringKey) => string;
  trn: (key: StringKey, n: number) => string;
  onSave: (patch: AnnotationPatch) => void;
  onCancel: () => void;
}

/** The fields are read on submit; the tags are also kept as typed, for their suggestions. */
export function AnnotationEditor({ annotation: a, lang, names, knownTags, tr, trn, onSave, onCancel }: Props) {
  const id = `ed-${a.id}`;
  const [tags, setTags] = useState(a.tags.join(', '));
  return (
    <form
      class="editor"
      data-testid="annotation-editor"
      onSubmit={(e) => {
        e.preventDefault();
        const f = e.currentTarget.elements;
        const field = (name: string) => (f.namedItem(name) as HTMLInputElement | null)?.value ?? '';
        const colour = (f.namedItem('colour') as RadioNodeList | null)?.value as HighlightColour | undefined;
        onSave({
          note: forDisplay(field('note')),
          colour: colour && HIGHLIGHT_COLOURS.includes(colour) ? colour : a.colour,
          // The field as it is now (a keystroke's state update may not have rendered yet).
          tags: splitList(field('tags')),
        });
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label for={`${id}-note`}>{tr('popup.note')}</label>
      {/* biome-ignore lint/a11y/noAutofocus: the reader asked to edit this note; the field is what they came for */}
      <textarea id={`${id}-note`} name="note" data-testid="edit-note" rows={3} defaultValue={a.note} autoFocus />
      <fieldset class="colours">
        <legend>{tr('popup.colour')}</legend>
        {HIGHLIGHT_COLOURS.map((c) => (
          <label key={c} class="colour-choice" title={colourLabel(c, names[c], lang)}>
            <input
              type="radio"
              name="colour"
              value={c}
              defaultChecked={a.colour === c}
              data-testid={`edit-colour-${c}`}
            />
            <span class="swatch" style={{ background: SWATCH[c] }} aria-hidden="true" />
            <span class="sr-only">{colourLabel(c, names[c], lang)}</span>
          </label>
        ))}
      </fieldset>
      <label for={`${id}-tags`}>{tr('popup.tags')}</label>
      <TagInput
        id={`${id}-tags`}
        name="tags"
        label={tr('popup.tags')}
        value={tags}
        onInput={setTags}
        known={knownTags}
        listLabel={tr('tags.suggestions')}
        usesLabel={(n) => trn('tags.uses', n)}
        testid="edit-tags"
      />
      <div class="row-actions">
        <button type="submit" data-testid="edit-save">
          {tr('popup.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {tr('popup.cancel')}
        </button>
      </div>
    </form>
  );
}
