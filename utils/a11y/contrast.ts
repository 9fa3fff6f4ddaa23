/**
 * WCAG 2.2 contrast arithmetic on CSS colours (hex and rgb()/rgba(), as the extension's styles
 * write them): relative luminance, contrast ratio, and a translucent colour composited over its
 * backdrop the way browsers blend (in sRGB, per channel).
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0–1. */
  a: number;
}

/** `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(r, g, b)`, `rgba(r, g, b, a)`; throws on anything else. */
export function parseColour(css: string): Rgba {
  const s = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number) => Number.parseInt(full.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(s);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? Number.parseFloat(fn[4]) / 100 : Number(fn[4]);
    return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: alpha };
  }
  throw new Error(`not a colour this checker reads: "${css}"`);
}

/** `top` painted over `bottom` (which is made opaque first: a page always has some colour behind). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  const mix = (t: number, b: number) => t * a + b * (1 - a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

const channel = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of an opaque colour. */
export function luminance(c: Rgba): number {
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/**
 * The contrast ratio (1–21) of `fg` on `bg`; `fg` may be translucent (it is composited over
 * `bg`), and so may `bg` over `backdrop` (default white).
 */
export function contrast(fg: string | Rgba, bg: string | Rgba, backdrop: string | Rgba = '#fff'): number {
  const parse = (c: string | Rgba) => (typeof c === 'string' ? parseColour(c) : c);
  const under = composite(parse(bg), composite(parse(backdrop), { r: 255, g: 255, b: 255, a: 1 }));
  const over = composite(parse(fg), under);
  const [hi, lo] = [luminance(over), luminance(under)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** What WCAG 2.2 AA asks of a pair: text 4.5, large text (and non-text UI, focus rings) 3. */
export const AA = { text: 4.5, large: 3, ui: 3 } as const;
export type Need = keyof typeof AA;
