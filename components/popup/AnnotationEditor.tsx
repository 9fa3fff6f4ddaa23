import { HIGHLIGHT_COLOURS, type Annotation, type HighlightColour } from '../../utils/model';
import type { AnnotationPatch } from '../../utils/db/queries';
import type { StringKey } from '../../utils/i18n/index';
import { SWATCH } from '../shared/ColourSwatch';
import { splitList } from '../shared/split-list';
import { forDisplay } from '../../utils/text/normalize';

interface Props {
  annotation: Annotation;
  tr: (key: StringKey) => string;
  onSave: (patch: AnnotationPatch) => void;
  onCancel: () => void;
}

/** Uncontrolled fields, read on submit: nothing to keep in sync while the reader types. */
export function AnnotationEditor({ annotation: a, tr, onSave, onCancel }: Props) {
  const id = `ed-${a.id}`;
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
          <label key={c} class="colour-choice" title={tr(`colour.${c}`)}>
            <input
              type="radio"
              name="colour"
              value={c}
              defaultChecked={a.colour === c}
              data-testid={`edit-colour-${c}`}
            />
            <span class="swatch" style={{ background: SWATCH[c] }} aria-hidden="true" />
            <span class="sr-only">{tr(`colour.${c}`)}</span>
          </label>
        ))}
      </fieldset>
      <label for={`${id}-tags`}>{tr('popup.tags')}</label>
      <input id={`${id}-tags`} name="tags" data-testid="edit-tags" defaultValue={a.tags.join(', ')} />
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
