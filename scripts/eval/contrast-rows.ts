/**
 * The contrast figures of the shipped colours: the custom properties of each surface's style sheet
 * (popup, options, welcome page, and the in-page UI's card, panel, editor and floating button), in
 * light and dark, and the colours drawn on news pages (entity kinds, note highlights), on a white
 * page and a dark one. Each row names the pair, the ratio and what WCAG 2.2 AA asks of it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PAGE_UI_CSS } from '../../components/page/styles';
import { AA, composite, contrast, type Need, parseColour, type Rgba } from '../../utils/a11y/contrast';
import {
  NOTE_DARK_OPACITY,
  NOTE_EDGE,
  NOTE_FILL,
  NOTE_LIGHT_OPACITY,
  KIND_TINT_ALPHA,
  PAGE_BACKDROPS,
  PAGE_TEXT,
} from '../../utils/a11y/palette';
import { deltaE, VISIONS } from '../../utils/a11y/vision';
import { DEFAULT_KIND_COLOURS, ENTITY_KINDS } from '../../utils/settings/settings';
import { HIGHLIGHT_COLOURS } from '../../utils/model';

export interface Row {
  surface: string;
  pair: string;
  theme: 'light' | 'dark';
  ratio: number;
  need: Need;
}

type Vars = Record<string, string>;

/** `--name: value` declarations of the first block after `marker` (a selector or an at-rule). */
function varsAfter(css: string, marker: string): Vars {
  const at = css.indexOf(marker);
  if (at < 0) throw new Error(`"${marker}" not found in the style sheet`);
  const open = css.indexOf('{', css.indexOf(marker.startsWith('@') ? ':root' : marker, at));
  const close = css.indexOf('}', open);
  const out: Vars = {};
  for (const m of css.slice(open + 1, close).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) out[m[1]] = m[2].trim();
  return out;
}

/** Light and dark values of a sheet's custom properties (dark overrides light). */
function themes(css: string, root: string): Record<'light' | 'dark', Vars> {
  const light = varsAfter(css, root);
  return { light, dark: { ...light, ...varsAfter(css, '@media (prefers-color-scheme: dark)') } };
}

const read = (repo: string, file: string) => readFileSync(path.join(repo, file), 'utf8');

/** Rows for one surface: [foreground var, background var, need, what it is]. */
function surfaceRows(surface: string, vars: Record<'light' | 'dark', Vars>, pairs: [string, string, Need, string][]) {
  const rows: Row[] = [];
  for (const theme of ['light', 'dark'] as const) {
    const v = vars[theme];
    const get = (name: string) => {
      const value = name.startsWith('--') ? v[name] : name;
      if (!value) throw new Error(`${surface}: ${name} is not defined (${theme})`);
      return value;
    };
    for (const [fg, bg, need, what] of pairs)
      rows.push({ surface, pair: what, theme, ratio: contrast(get(fg), get(bg)), need });
  }
  return rows;
}

const hex = (c: Rgba) => `#${[c.r, c.g, c.b].map((x) => Math.round(x).toString(16).padStart(2, '0')).join('')}`;
const multiply = (a: Rgba, b: Rgba): Rgba => ({
  r: (a.r * b.r) / 255,
  g: (a.g * b.g) / 255,
  b: (a.b * b.b) / 255,
  a: 1,
});

/** A colour painted over a page the way the note layer does (multiply on light pages, plain on dark). */
function noteOver(fill: string, under: string, theme: 'light' | 'dark'): string {
  const f = parseColour(fill);
  const u = parseColour(under);
  if (theme === 'dark') return hex(composite({ ...f, a: NOTE_DARK_OPACITY }, u));
  return hex(composite({ ...multiply(f, u), a: NOTE_LIGHT_OPACITY }, u));
}

export function contrastRows(repo: string): Row[] {
  const rows: Row[] = [];
  const basic: [string, string, Need, string][] = [
    ['--fg', '--bg', 'text', 'text'],
    ['--muted', '--bg', 'text', 'secondary text'],
    ['--control', '--bg', 'ui', 'control borders'],
    ['--focus', '--bg', 'ui', 'focus ring'],
  ];
  rows.push(
    ...surfaceRows('popup', themes(read(repo, 'entrypoints/popup/style.css'), ':root'), [
      ...basic,
      ['--accent', '--bg', 'text', 'links, selected tab'],
      ['--bg', '--accent', 'text', 'primary button text'],
      ['--err', '--bg', 'text', 'errors, orphan badge'],
      ['--kind-official', '--bg', 'text', 'officials heading'],
      ['--kind-body', '--bg', 'text', 'bodies heading'],
      ['--kind-resolution', '--bg', 'text', 'documents heading'],
    ]),
    ...surfaceRows('options', themes(read(repo, 'entrypoints/options/style.css'), ':root'), [
      ...basic,
      ['--ok', '--bg', 'text', '"Saved"'],
      ['--err', '--bg', 'text', 'errors, colour warnings'],
    ]),
    ...surfaceRows('welcome', themes(read(repo, 'entrypoints/welcome/style.css'), ':root'), [
      ...basic,
      ['--link', '--bg', 'text', 'links'],
      ['--fg', '--panel', 'text', 'sample sentence'],
      ['--muted', '--panel', 'text', 'sample caption'],
    ]),
    ...surfaceRows('card, panel, editor', themes(PAGE_UI_CSS, ':root, .vna {'), [
      ['--vna-fg', '--vna-bg', 'text', 'text'],
      ['--vna-muted', '--vna-bg', 'text', 'secondary text, placeholders'],
      ['--vna-muted', '--vna-row-hover', 'text', 'counts on a hovered row'],
      ['--vna-fg', '--vna-button-bg', 'text', 'button text'],
      ['--vna-fg', '--vna-hover-bg', 'text', 'hovered button text'],
      ['--vna-link', '--vna-bg', 'text', 'links'],
      ['--vna-danger', '--vna-bg', 'text', 'errors, orphan label'],
      ['--vna-kind-official', '--vna-bg', 'text', 'card kind: official'],
      ['--vna-kind-body', '--vna-bg', 'text', 'card kind: body'],
      ['--vna-kind-resolution', '--vna-bg', 'text', 'card kind: document'],
      ['--vna-control-border', '--vna-bg', 'ui', 'control borders, swatch rims'],
      ['--vna-control-border', '--vna-button-bg', 'ui', 'button borders'],
      ['--vna-focus', '--vna-bg', 'ui', 'focus ring'],
      ['--vna-focus', '--vna-button-bg', 'ui', 'focus ring on a button'],
      ['--vna-pressed', '--vna-bg', 'ui', 'chosen colour ring'],
      ['--vna-fab-fg', '--vna-fab-bg', 'text', 'floating button label'],
    ]),
  );
  // The floating button's ring is two colours, dark outside and white inside: one of them stands
  // out on any page.
  for (const theme of ['light', 'dark'] as const) {
    const page = PAGE_BACKDROPS[theme];
    rows.push({
      surface: 'page',
      pair: `floating button focus ring on a ${theme} page`,
      theme,
      ratio: Math.max(contrast('#0d47a1', page), contrast('#ffffff', page)),
      need: 'ui',
    });
  }
  for (const kind of ENTITY_KINDS) {
    const colour = DEFAULT_KIND_COLOURS[kind];
    for (const theme of ['light', 'dark'] as const) {
      const page = PAGE_BACKDROPS[theme];
      const tint = hex(composite(parseColour(`${colour}${KIND_TINT_ALPHA}`), parseColour(page)));
      rows.push(
        { surface: 'page', pair: `${kind} underline ${colour}`, theme, ratio: contrast(colour, page), need: 'ui' },
        {
          surface: 'page',
          pair: `text on the ${kind} tint`,
          theme,
          ratio: contrast(PAGE_TEXT[theme], tint),
          need: 'text',
        },
      );
    }
  }
  for (const c of HIGHLIGHT_COLOURS) {
    for (const theme of ['light', 'dark'] as const) {
      const page = PAGE_BACKDROPS[theme];
      const text = noteOver(NOTE_FILL[c], PAGE_TEXT[theme], theme);
      const ground = noteOver(NOTE_FILL[c], page, theme);
      const edge = theme === 'light' ? NOTE_EDGE[c] : NOTE_FILL[c];
      rows.push(
        { surface: 'page', pair: `text under the ${c} note`, theme, ratio: contrast(text, ground), need: 'text' },
        { surface: 'page', pair: `the ${c} note's line ${edge}`, theme, ratio: contrast(edge, page), need: 'ui' },
      );
    }
  }
  return rows;
}

/** The smallest ΔE between two of the three kinds' colours, for each kind of colour vision. */
export function kindSeparation(): { vision: string; minDeltaE: number; pair: string }[] {
  const kinds = ENTITY_KINDS;
  return VISIONS.map((vision) => {
    let best = { minDeltaE: Number.POSITIVE_INFINITY, pair: '' };
    for (let i = 0; i < kinds.length; i++)
      for (let j = i + 1; j < kinds.length; j++) {
        const d = deltaE(DEFAULT_KIND_COLOURS[kinds[i]], DEFAULT_KIND_COLOURS[kinds[j]], vision);
        if (d < best.minDeltaE) best = { minDeltaE: d, pair: `${kinds[i]}/${kinds[j]}` };
      }
    return { vision, ...best };
  });
}

export const passes = (r: Row) => r.ratio >= AA[r.need];
