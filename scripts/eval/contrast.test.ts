import { describe, expect, it } from 'vitest';
import { repoRoot } from '../lib/repo-root';
import { contrast, parseColour } from '../../utils/a11y/contrast';
import { deltaE } from '../../utils/a11y/vision';
import { contrastRows, kindSeparation, passes } from './contrast-rows';

describe('contrast arithmetic', () => {
  it('gives the WCAG figures for known pairs', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#fff', '#fff')).toBe(1);
    // A translucent colour is composited over its background first.
    expect(contrast('#00000080', '#ffffff')).toBeCloseTo(contrast('#7f7f7f', '#ffffff'), 2);
    expect(parseColour('rgba(11, 98, 196, 0.1)')).toEqual({ r: 11, g: 98, b: 196, a: 0.1 });
    expect(() => parseColour('hsl(0 0% 0%)')).toThrow(/not a colour/);
  });

  it('sees the old body and document colours as alike for deuteranopes, and the new ones apart', () => {
    expect(deltaE('#2f8fd8', '#9b59d0', 'deuteranopia')).toBeLessThan(10);
    expect(deltaE('#2f8fd8', '#9b59d0', 'typical')).toBeGreaterThan(40);
  });
});

describe('the shipped colours', () => {
  const rows = contrastRows(repoRoot);

  it('reach WCAG 2.2 AA: text 4.5 : 1, control borders, focus rings and page marks 3 : 1, light and dark', () => {
    expect(rows.length).toBeGreaterThan(100);
    const failing = rows
      .filter((r) => !passes(r))
      .map((r) => `${r.surface} / ${r.pair} (${r.theme}) ${r.ratio.toFixed(2)}`);
    expect(failing).toEqual([]);
  });

  it('measure the entity kinds on a white page and on a dark one', () => {
    const themes = new Set(rows.filter((r) => r.surface === 'page').map((r) => r.theme));
    expect(themes).toEqual(new Set(['light', 'dark']));
  });

  it('keep the three entity kinds apart with every common colour-vision deficiency', () => {
    for (const s of kindSeparation()) expect(s.minDeltaE, s.vision).toBeGreaterThan(20);
  });
});
