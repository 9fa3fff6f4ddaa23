/**
 * Two people of one name, in Firefox with the built extension (tests/e2e/namesake.e2e.ts does the
 * same in Chromium): the seed article with one invented sentence that gives a name the data knows
 * ("Nguyễn Văn Hùng", a minister there) an office the data never lists for him. His card says so;
 * Võ Văn Thưởng's, whose office in the text is the data's, does not.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from '../../scripts/lib/firefox';
import { pageUi } from '../../scripts/lib/firefox-ui';
import { SEED_ARTICLE } from '../../scripts/lib/fixtures';
import { seedArticleHtml } from '../../scripts/lib/long-page';

const PATH = '/thieu-tuong-trung-ten-102221212183015700.htm';
const ADDED = '<p>Dự buổi làm việc có Thiếu tướng Nguyễn Văn Hùng, Phó Tư lệnh Quân khu 7.</p>';

let h: FirefoxHarness;
beforeAll(async () => {
  const seed = seedArticleHtml();
  const at = seed.indexOf('<p>Đồng chí Võ Văn Thưởng cho biết');
  if (at < 0) throw new Error('the seed article no longer has the paragraph this test inserts before');
  const html = seed.slice(0, at) + ADDED + seed.slice(at);
  h = await launchFirefox({
    server: { virtual: (r) => (r.host === SEED_ARTICLE.host && r.path === PATH ? { body: html } : undefined) },
  });
});
afterEach(async () => {
  await h?.closePages();
});
afterAll(async () => {
  await h?.close();
});

async function cardOf(name: string, nth: number) {
  const page = await h.openFixture(SEED_ARTICLE.host, PATH);
  await h.waitForState(page, (s) => s.entities !== null, 'entities drawn');
  const ui = pageUi(h, page);
  await ui.hover((await ui.textPoints(name, nth)).centre);
  await ui.waitFor('card', '[data-testid="entity-card"]');
  return ui;
}

describe('two people of one name, in Firefox', () => {
  it('says on the card when the article gives a known name an office the data never lists for that person', async () => {
    const ui = await cardOf('Nguyễn Văn Hùng', 0);
    const warning = await ui.waitFor('card', '[data-testid="card-unlisted-role"]');
    expect(warning).toContain('Phó Tư lệnh Quân khu 7');
    expect(warning).toContain('Nguyễn Văn Hùng');
  });

  it('says nothing of the kind when the office in the text is one the data lists', async () => {
    const ui = await cardOf('Võ Văn Thưởng', 1);
    expect(await ui.text('card', '[data-testid="entity-card"]')).toContain('Thường trực Ban Bí thư');
    expect(await ui.text('card', '[data-testid="card-unlisted-role"]')).toBeNull();
  });
});
