/**
 * Accessibility in Firefox: axe-core (the same rules as tests/e2e/a11y.e2e.ts in Chromium) on the
 * extension's own pages as Firefox renders them: the popup (this page and all notes), the options,
 * the welcome page, the dossier index and a dossier; and the card, the panel and the note
 * editor in their frames on a news page. No serious or critical violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from '../../scripts/lib/firefox';
import { extensionPageUi, pageUi } from '../../scripts/lib/firefox-ui';
import { AXE_OPTIONS, axeSource, seriousViolations, type AxeResult } from '../e2e/axe';
import { SEED_ARTICLE } from '../../scripts/lib/fixtures';
import { dossierPath } from '../../utils/dossier/link';

let h: FirefoxHarness;

beforeAll(async () => {
  h = await launchFirefox();
  // Something to show: an article read, so the popup, the index and its rows are not empty.
  const page = await h.openFixture(SEED_ARTICLE.host, SEED_ARTICLE.path);
  await h.waitForState(page, (s) => s.state === 'article' && s.visitSaved, 'the seed read and saved');
  await page.close();
});
afterAll(async () => {
  await h?.close();
});

async function axeIn(context: string, where: string): Promise<string[]> {
  await h.bidi.send('script.evaluate', {
    expression: axeSource,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
  });
  const result = await h.bidi.call<AxeResult>(
    context,
    (opts: object) =>
      (window as unknown as { axe: { run(d: Document, o: object): Promise<AxeResult> } }).axe.run(document, opts),
    [AXE_OPTIONS],
  );
  return seriousViolations(result, where);
}

describe("the extension's pages in Firefox", () => {
  it.each([
    ['the popup', '/popup.html', '[data-testid="export-json"]'],
    ['the options', '/options.html', '[data-testid="kind-enabled-body"]'],
    ['the welcome page', '/welcome.html', 'h1'],
    ['the dossier index', dossierPath(), '[data-testid="index-row"]'],
    ['a dossier', dossierPath('official:vo-van-thuong'), '[data-testid="dossier-article"]'],
  ])('%s has no serious accessibility violation', async (where, pagePath, ready) => {
    const context = await h.openExtensionPage(pagePath);
    await extensionPageUi(h, context).waitFor(ready);
    expect(await axeIn(context, where)).toEqual([]);
    await h.bidi.send('browsingContext.close', { context });
  });
});

describe('the frames on a news page in Firefox', () => {
  it('the card, the panel and the note editor have no serious accessibility violation', async () => {
    const page = await h.openFixture(SEED_ARTICLE.host, SEED_ARTICLE.path);
    await h.waitForState(page, (s) => s.state === 'article' && s.entities !== null, 'the seed read');
    const ui = pageUi(h, page);
    const found: string[] = [];
    const inFrame = async (surface: 'card' | 'panel' | 'editor') => {
      const context = await ui.frameContext(surface);
      if (!context) throw new Error(`no ${surface} frame`);
      found.push(...(await axeIn(context, surface)));
    };

    await ui.hover((await ui.textPoints('Võ Văn Thưởng', 1)).centre);
    await ui.waitFor('card', '[data-testid="entity-card"]');
    await inFrame('card');

    await ui.clickAt({ x: 5, y: 5 });
    await ui.clickFab();
    await ui.waitFor('panel', '[data-testid="entity-panel"]');
    await inFrame('panel');

    await ui.clickAt({ x: 5, y: 5 });
    await ui.dragSelect('Thường trực Ban Bí thư đặt vấn đề, những biện pháp triển khai thực hiện');
    await ui.waitFor('editor', '[data-testid="note-editor"]');
    await inFrame('editor');

    expect(found).toEqual([]);
  });
});
