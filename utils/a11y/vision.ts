/**
 * How far apart two colours look, to people with typical colour vision and with the common
 * colour-vision deficiencies: Machado, Oliveira and Fernandes (2009) simulation matrices at full
 * severity, applied in linear RGB, then CIE76 ΔE in CIELAB (D65). A ΔE under about 10 reads as
 * "much the same colour" at a glance; the kinds on the page should stay well above that.
 */
import { parseColour, type Rgba } from './contrast';

export type Vision = 'typical' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['typical', 'protanopia', 'deuteranopia', 'tritanopia'];

type M3 = [number, number, number, number, number, number, number, number, number];
const SIMULATION: Record<Exclude<Vision, 'typical'>, M3> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

const toLinear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Linear RGB as seen with `vision`. */
export function simulate(colour: string | Rgba, vision: Vision): [number, number, number] {
  const c = typeof colour === 'string' ? parseColour(colour) : colour;
  const rgb: [number, number, number] = [toLinear(c.r), toLinear(c.g), toLinear(c.b)];
  if (vision === 'typical') return rgb;
  const m = SIMULATION[vision];
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  return [
    clamp(m[0] * rgb[0] + m[1] * rgb[1] + m[2] * rgb[2]),
    clamp(m[3] * rgb[0] + m[4] * rgb[1] + m[5] * rgb[2]),
    clamp(m[6] * rgb[0] + m[7] * rgb[1] + m[8] * rgb[2]),
  ];
}

function lab([r, g, b]: [number, number, number]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t) / 116 + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE between two colours as seen with `vision`. */
export function deltaE(a: string | Rgba, b: string | Rgba, vision: Vision = 'typical'): number {
  const [p, q] = [lab(simulate(a, vision)), lab(simulate(b, vision))];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
