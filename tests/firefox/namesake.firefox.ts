/**
 * One name, two meanings, in Firefox with the built extension (tests/e2e/namesake.e2e.ts does the
 * same in Chromium; the pages are tests/fixtures/card-pages.ts). Two people of one name: a name
 * the data knows ("Nguyễn Văn Hùng", a minister there) with an office the data never lists for him:
 * his card says so; Võ Văn Thưởng's, whose office in the text is the data's, does not. Two bodies
 * of one short name: "Bộ Nông nghiệp" in an article of October 2025 is the Ministry of Agriculture
 * and Environment, and with no date the card says it cannot tell.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from '../../scripts/lib/firefox';
import { pageUi } from '../../scripts/lib/firefox-ui';
import { SEED_ARTICLE } from '../../scripts/lib/fixtures';
import { cardPagesServer, DATED, NAMESAKE, SITE_PLACE, UNDATED } from '../fixtures/card-pages';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launchFirefox({ server: { virtual: cardPagesServer() } });
});
afterEach(async () => {
  await h?.closePages();
});
afterAll(async () => {
  await h?.close();
});

async function cardOf(name: string, nth: number, path = NAMESAKE, host: string = SEED_ARTICLE.host) {
  const page = await h.openFixture(host, path);
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
    // The offices under it are headed as the data's person's, not the mention's.
    expect(await ui.text('card', '[data-testid="card-at-date"]')).toContain('Nguyễn Văn Hùng');
  });

  it('says nothing of the kind when the office in the text is one the data lists', async () => {
    const ui = await cardOf('Võ Văn Thưởng', 1);
    expect(await ui.text('card', '[data-testid="entity-card"]')).toContain('Thường trực Ban Bí thư');
    expect(await ui.text('card', '[data-testid="card-unlisted-role"]')).toBeNull();
  });
});

describe('one short name of two bodies, in Firefox', () => {
  it('is read as the body of the article’s date, and the card says how', async () => {
    const ui = await cardOf('Bộ Nông nghiệp', 0, DATED);
    expect(await ui.text('card', '[data-testid="entity-card"] h2')).toBe('Bộ Nông nghiệp và Môi trường');
    const line = await ui.waitFor('card', '[data-testid="card-shared-name"]');
    expect(line).toContain('Bộ Nông nghiệp và Phát triển nông thôn');
  });

  it('says the card cannot tell when the article gives no date', async () => {
    const ui = await cardOf('Bộ Nông nghiệp', 0, UNDATED);
    expect(await ui.text('card', '[data-testid="entity-card"] h2')).toBe('Bộ Nông nghiệp và Phát triển nông thôn');
    expect(await ui.waitFor('card', '[data-testid="card-shared-name"]')).toMatch(/không rõ|not known/);
  });
});

describe('an organ named without its place, in Firefox', () => {
  it('takes the one city the article names, and its card says where the place came from', async () => {
    const ui = await cardOf('với Thành ủy', 0, DATED);
    const card = await ui.text('card', '[data-testid="entity-card"]');
    expect(card).toContain('Thành ủy thành phố Hồ Chí Minh');
    expect(card).toMatch(/bài chỉ nêu nơi này|the only one the article names/);
  });

  it('takes a city paper’s own city when the article names none, and its card says so', async () => {
    const ui = await cardOf('Ban Chấp hành Đảng bộ thành phố', 0, SITE_PLACE.path, SITE_PLACE.host);
    const card = await ui.text('card', '[data-testid="entity-card"]');
    expect(card).toContain('Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVII');
    expect(card).toMatch(/suy từ trang đăng bài|inferred from the site that published it/);
    expect(card).toContain('(Hà Nội Mới)');
  });
});
