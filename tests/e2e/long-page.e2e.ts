/**
 * A long page (about 20,000 words, the benchmark's generated baochinhphu.vn report) is read by the
 * background in pieces: the first piece is drawn when it comes, the rest later, with the page's own
 * work running in between; in the end exactly what one pass of the engine in Node finds is drawn.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForMark, type Harness } from './harness';
import { SEED_ARTICLE } from '../../scripts/lib/fixtures';
import { highlightTexts } from './page-ui';
import { LONG_PATH, longPageFromSeed } from '../../scripts/lib/long-page';
import { detectHtml } from '../../scripts/cli/detect';
import { findEntities } from '../../utils/entities';
import type { EntityKind } from '../../utils/model';

const HOST = SEED_ARTICLE.host;
const long = longPageFromSeed();
// The page's own script: a timer that keeps firing, so we can see whether it ran between pieces.
const html = long.html.replace(
  '</body>',
  `<script>window.__ticks = []; (function tick() { window.__ticks.push(performance.now()); if (window.__ticks.length < 2000) setTimeout(tick, 0); })();</script></body>`,
);

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension({
    server: { virtual: (r) => (r.host === HOST && r.path === LONG_PATH ? { body: html } : undefined) },
  });
});
afterAll(async () => {
  await h?.close();
});

describe('a long page', () => {
  it('is drawn from the top first, lets the page run between pieces, and ends with what one pass finds', async () => {
    expect(long.words).toBeGreaterThan(18_000);
    const page = await h.openPage(`http://${HOST}${LONG_PATH}`);
    await waitForMark(page, 'data-vna-entities', undefined, 30_000);

    const spans = findEntities(detectHtml(`http://${HOST}${LONG_PATH}`, long.html).text!);
    expect(spans.length).toBeGreaterThan(500);
    expect(await waitForMark(page, 'data-vna-entities')).toBe(String(spans.length));
    const drawn = await highlightTexts(page);
    for (const kind of ['official', 'body', 'resolution'] as EntityKind[]) {
      expect(drawn[`vna-entity-${kind}`] ?? [], kind).toEqual(spans.filter((s) => s.kind === kind).map((s) => s.text));
    }

    const t = await page.evaluate(() => {
      const at = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      const pieces = performance.getEntriesByName('vna:piece').length;
      return {
        first: at('vna:first-drawn'),
        all: at('vna:drawn'),
        pieces,
        ticks: (window as unknown as { __ticks: number[] }).__ticks,
      };
    });
    expect(t.pieces).toBeGreaterThan(2);
    // The first piece was drawn before the rest was read...
    expect(t.first).toBeLessThan(t.all);
    // ...and the page's own timer ran in between: the reading gave the page its turn.
    expect(t.ticks.some((x) => x > t.first && x < t.all)).toBe(true);
    await page.close();
  });
});
