import type { HighlightColour } from '../../utils/model';

/** Screen colours for the reader's highlight colours (same names as HIGHLIGHT_COLOURS). */
export const SWATCH: Record<HighlightColour, string> = {
  yellow: '#ffe066',
  green: '#8ce99a',
  blue: '#74c0fc',
  pink: '#faa2c1',
  purple: '#b197fc',
  orange: '#ffc078',
};

export function ColourSwatch({ colour, label }: { colour: HighlightColour; label: string }) {
  return <span class="swatch" style={{ background: SWATCH[colour] }} role="img" aria-label={label} title={label} />;
}
