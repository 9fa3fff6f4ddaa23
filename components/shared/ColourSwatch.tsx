import { NOTE_FILL } from '../../utils/a11y/palette';
import type { HighlightColour } from '../../utils/model';

/** The reader's highlight colours as shown in swatches: the same fills as on the page. */
export const SWATCH: Record<HighlightColour, string> = NOTE_FILL;

export function ColourSwatch({ colour, label }: { colour: HighlightColour; label: string }) {
  return <span class="swatch" style={{ background: SWATCH[colour] }} role="img" aria-label={label} title={label} />;
}
