/**
 * The options page in Firefox (issue 13: Firefox as first-class as Chromium): a kind switched off
 * there, with a real click, leaves the open article at once, the other kinds stay, and switched
 * back on it returns.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, pollUntil, type FirefoxHarness } from '../../scripts/lib/firefox';
import { extensionPageUi, pageUi } from '../../scripts/lib/firefox-ui';
import { SEED_ARTICLE } from '../../scripts/lib/fixtures';

let h: FirefoxHarness;
let article: Page;

beforeAll(async () => {
  h = await launchFirefox();
});
afterAll(async () => {
  await h?.close();
});

describe('the options page in Firefox', () => {
  it('switches a kind off everywhere: the open article loses it at once, and gets it back', async () => {
    article = await h.openFixture(SEED_ARTICLE.host, SEED_ARTICLE.path);
    const ui = pageUi(h, article);
    await h.waitForState(article, (x) => x.state === 'article' && x.entities !== null, 'the article read');
    const before = await ui.highlights();
    expect(before['vna-entity-body']).toContain('Ban Bí thư');
    expect(before['vna-entity-official']).toContain('Võ Văn Thưởng');

    const options = extensionPageUi(h, await h.openExtensionPage('/options.html'));
    await options.waitFor('[data-testid="kind-enabled-body"]');
    await options.click('[data-testid="kind-enabled-body"]');

    const without = await pollUntil(
      () => ui.highlights(),
      (d) => !(d['vna-entity-body'] ?? []).length,
      (d) => `bodies still drawn: ${JSON.stringify(d?.['vna-entity-body']?.slice(0, 5))}`,
    );
    expect(without['vna-entity-official']).toContain('Võ Văn Thưởng');
    expect(without['vna-entity-resolution']?.length).toBeGreaterThan(0);

    await options.click('[data-testid="kind-enabled-body"]');
    const back = await pollUntil(
      () => ui.highlights(),
      (d) => (d['vna-entity-body'] ?? []).includes('Ban Bí thư'),
      (d) => `bodies not drawn again: ${JSON.stringify(Object.keys(d ?? {}))}`,
    );
    expect(back['vna-entity-body'].length).toBe(before['vna-entity-body'].length);
  });
});
