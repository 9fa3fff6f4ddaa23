/**
 * The note colours' names (the reader's meanings: "Quan trọng", "Để trích dẫn"…), and how
 * "Cite" writes a citation. Each name is saved when the field is left; an empty field gives the
 * colour its default name back.
 */
import { HIGHLIGHT_COLOURS } from '../../utils/model';
import { defaultColourName, MAX_COLOUR_NAME } from '../../utils/notes/colours';
import { CitationFormatSelect } from '../shared/CitationFormatSelect';
import { SWATCH } from '../shared/ColourSwatch';
import type { OptionsModel } from './model';

export function ColourNamesEditor({ model: m }: { model: OptionsModel }) {
  const s = m.settings.value;
  return (
    <>
      <section aria-labelledby="h-colours">
        <h2 id="h-colours">{m.tr('options.colourNames')}</h2>
        <p class="muted">{m.tr('options.colourNamesHelp')}</p>
        <ul class="colour-names">
          {HIGHLIGHT_COLOURS.map((c) => (
            <li key={c}>
              <span class="swatch" style={{ background: SWATCH[c] }} aria-hidden="true" />
              <input
                type="text"
                maxLength={MAX_COLOUR_NAME}
                aria-label={m.tr('options.colourName', { colour: m.tr(`colour.${c}`) })}
                placeholder={defaultColourName(c, s.language)}
                value={s.colourNames[c] ?? ''}
                onChange={(e) => void m.update({ colourNames: { [c]: e.currentTarget.value } })}
                data-testid={`colour-name-${c}`}
              />{' '}
              <span class="muted">{m.tr(`colour.${c}`)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="h-cite">
        <h2 id="h-cite">{m.tr('options.citations')}</h2>
        <p class="muted">{m.tr('options.citationsHelp')}</p>
        <CitationFormatSelect
          title={m.tr('cite.format')}
          class="block"
          value={s.citationFormat}
          onChange={(citationFormat) => void m.update({ citationFormat })}
          label={(f) => m.tr(`cite.format.${f}`)}
          testid="options-citation-format"
        />
      </section>
    </>
  );
}
