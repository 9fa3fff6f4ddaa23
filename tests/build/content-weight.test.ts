/**
 * The content script runs on every page of every listed site, article or not, compiled afresh in
 * each: it carries neither the entity engine nor its data, which the background runs for it
 * (utils/background/entity-reader.ts), nor the officials' positions and sources, which only the
 * card's frame, dossiers and the CLIs read (utils/entities/official-facts.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFICIALS, PACKED } from '../../utils/entities/data/gazetteer.packed';
import type { OfficialRecord } from '../../utils/entities/types';
import { BUILDS, filesOf, readText } from './built';

/** Every position's source address in the data (but those a body's record cites too, which naming keeps). */
const sources = [
  ...new Set((JSON.parse(OFFICIALS) as OfficialRecord[]).flatMap((o) => o.positions.map((p) => p.source))),
].filter((s) => s.startsWith('http') && !PACKED.records.includes(s));

describe.each(BUILDS)('$browser build', ({ dir }) => {
  it('leaves the engine and its lexicon to the background', () => {
    const lexicon = PACKED.lexicon.slice(1000, 1200);
    expect(readText(path.join(dir, 'content-scripts/content.js')).includes(lexicon)).toBe(false);
    expect(readText(path.join(dir, 'background.js')).includes(lexicon)).toBe(true);
  });

  it('ships no official’s positions in the content script, and all of them to the card frame', () => {
    expect(sources.length).toBeGreaterThan(200);
    const content = readText(path.join(dir, 'content-scripts/content.js'));
    expect(sources.filter((s) => content.includes(JSON.stringify(s).slice(1, -1)))).toEqual([]);
    // The positions are in the extension's other code, once (the frame, the dossier and the popup share the chunk).
    const others = filesOf(dir)
      .filter((f) => f.endsWith('.js') && f !== 'content-scripts/content.js')
      .map((f) => readText(path.join(dir, f)));
    const holding = others.filter((js) => js.includes(JSON.stringify(sources[0]).slice(1, -1)));
    expect(holding).toHaveLength(1);
    for (const s of sources) expect(holding[0].includes(JSON.stringify(s).slice(1, -1)), s).toBe(true);
  });
});
