/**
 * One name, two meanings, in Chromium with the built extension. Two people of one name: the seed
 * article with one sentence added that gives a name the data knows ("Nguyễn Văn Hùng", a minister
 * there) an office the data never lists for him. His card says so above the data's facts, and his
 * dossier on that article; a card whose office the data lists (Võ Văn Thưởng's) does not. Two
 * bodies of one short name: "Bộ Nông nghiệp" in the seed article dated October 2025 is the
 * Ministry of Agriculture and Environment, and with no date the card says it cannot tell. A bare
 * "Thành ủy" in that article is TP HCM's, the one city it names, and its card says so; in a city paper's
 * article that names no city, the paper's own, and its card says that.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, SEED_ARTICLE, waitForMark, type Harness } from './harness';
import { pointOfText, uiFrame, uiText, waitForUi } from './page-ui';
import { cardPagesServer, DATED, NAMESAKE as PATH, SITE_PLACE, UNDATED } from '../fixtures/card-pages';

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension({ server: { virtual: cardPagesServer() } });
});
afterAll(async () => {
  await h?.close();
});

describe('two people of one name', () => {
  it('says on the card when the article gives a known name an office the data never lists for that person', async () => {
    const page = await h.openFixture(SEED_ARTICLE.host, PATH);
    await waitForMark(page, 'data-vna-entities');
    const p = await pointOfText(page, 'Nguyễn Văn Hùng');
    await page.mouse.move(p.x, p.y);
    await waitForUi(page, '[data-testid="entity-card"]');
    const warning = await uiText(page, '[data-testid="card-unlisted-role"]');
    expect(warning).toContain('Phó Tư lệnh Quân khu 7');
    expect(warning).toContain('Nguyễn Văn Hùng');
    // The offices under it are headed as the data's person's, not the mention's.
    expect(await uiText(page, '[data-testid="card-at-date"]')).toContain('Nguyễn Văn Hùng');
    await page.close();
  });

  it("shows none of the data's facts when the data's person held another office that day and the text places this one in a province they never served in", async () => {
    const page = await h.openFixture(SEED_ARTICLE.host, PATH);
    await waitForMark(page, 'data-vna-entities');
    const p = await pointOfText(page, 'Nguyễn Mạnh Hùng');
    await page.mouse.move(p.x, p.y);
    await waitForUi(page, '[data-testid="card-other-person"]');
    const other = await uiText(page, '[data-testid="card-other-person"]');
    expect(other).toContain('Chủ tịch HĐND tỉnh Bình Thuận');
    expect(other).toContain('Bộ trưởng Bộ Thông tin và Truyền thông');
    const frame = uiFrame(page, 'card');
    expect(await frame?.locator('[data-testid="card-at-date"], [data-testid="card-unlisted-role"]').count()).toBe(0);
    await page.close();
  });

  it('lists, for a former official who held nothing that day, the last offices the data ends before it', async () => {
    const page = await h.openFixture(SEED_ARTICLE.host, PATH);
    await waitForMark(page, 'data-vna-entities');
    const p = await pointOfText(page, 'Trương Tấn Sang');
    await page.mouse.move(p.x, p.y);
    await waitForUi(page, '[data-testid="card-before"]');
    const before = await uiText(page, '[data-testid="card-before"]');
    expect(before).toContain('Chủ tịch nước');
    expect(before).toContain('2016');
    await page.close();
  });

  it('names, for a name the data gives two people and the text no office, the other one, and goes by the date', async () => {
    const page = await h.openFixture(SEED_ARTICLE.host, PATH);
    await waitForMark(page, 'data-vna-entities');
    const p = await pointOfText(page, 'Nguyễn Thanh Bình');
    await page.mouse.move(p.x, p.y);
    await waitForUi(page, '[data-testid="card-namesakes"]');
    // In December 2022 the data has both in office (An Giang's chairman, Thái Nguyên's vice-chairman):
    // the card shows the first record's facts and names the other.
    expect(await uiText(page, '[data-testid="card-namesakes"]')).toContain('Chủ tịch UBND tỉnh An Giang, 2019–2024');
    expect(await uiText(page, '[data-testid="card-at-date"]')).toContain('Thái Nguyên');
    // The text gives no office: the namesakes' warning says the facts may be another's; no second
    // note claims the text names no office (the engine does not read every office).
    expect(await uiFrame(page, 'card')!.locator('[data-testid="card-no-role"]').count()).toBe(0);
    await page.close();
  });

  it('says the facts may be another person’s when the text calls a known name something that is no office', async () => {
    const page = await h.openFixture(SEED_ARTICLE.host, PATH);
    await waitForMark(page, 'data-vna-entities');
    // "Nông dân Trần Văn Sơn": a farmer, whom the data's one Trần Văn Sơn (a minister) is most likely not.
    const p = await pointOfText(page, 'Trần Văn Sơn');
    await page.mouse.move(p.x, p.y);
    await waitForUi(page, '[data-testid="card-no-role"]');
    expect(await uiText(page, '[data-testid="card-no-role"]')).toContain('Trần Văn Sơn');
    await page.close();
  });

  it('says it on that article in his dossier too, from the visit the page recorded', async () => {
    const page = await h.openFixture(SEED_ARTICLE.host, PATH);
    await waitForMark(page, 'data-vna-saved');
    await page.close();
    const dossier = await h.openPage(`chrome-extension://${h.extensionId}/dossier.html#official:nguyen-van-hung`);
    const line = dossier.locator('[data-testid=article-unlisted-role]');
    await line.waitFor();
    expect(await line.count()).toBe(1);
    expect(await line.textContent()).toContain('Phó Tư lệnh Quân khu 7');
    await dossier.close();
  });

  it('says nothing of the kind when the office in the text is one the data lists', async () => {
    const page = await h.openFixture(SEED_ARTICLE.host, PATH);
    await waitForMark(page, 'data-vna-entities');
    // "Thường trực Ban Bí thư Võ Văn Thưởng": the data's own office for him on that day.
    const q = await pointOfText(page, 'Võ Văn Thưởng', 1);
    await page.mouse.move(q.x, q.y);
    await waitForUi(page, '[data-testid="entity-card"]');
    expect(await uiText(page, '[data-testid="entity-card"]')).toContain('Thường trực Ban Bí thư');
    expect(await uiFrame(page, 'card')!.locator('[data-testid="card-unlisted-role"]').count()).toBe(0);
    expect(await uiFrame(page, 'card')!.locator('[data-testid="card-no-role"]').count()).toBe(0);
    expect(await uiText(page, '[data-testid="card-at-date"]')).not.toContain('Võ Văn Thưởng');
    await page.close();
  });
});

describe('one short name of two bodies', () => {
  const cardOf = async (path: string) => {
    const page = await h.openFixture(SEED_ARTICLE.host, path);
    await waitForMark(page, 'data-vna-entities');
    const p = await pointOfText(page, 'Bộ Nông nghiệp');
    await page.mouse.move(p.x, p.y);
    await waitForUi(page, '[data-testid="entity-card"]');
    return page;
  };

  it('is read as the body of the article’s date, and the card says how', async () => {
    const page = await cardOf(DATED);
    expect(await uiText(page, '[data-testid="entity-card"] h2')).toBe('Bộ Nông nghiệp và Môi trường');
    const line = await uiText(page, '[data-testid="card-shared-name"]');
    expect(line).toContain('Bộ Nông nghiệp và Phát triển nông thôn');
    expect(line).toContain('Bộ Nông nghiệp và Môi trường');
    await page.close();
  });

  it('says the card cannot tell when the article gives no date', async () => {
    const page = await cardOf(UNDATED);
    expect(await uiText(page, '[data-testid="entity-card"] h2')).toBe('Bộ Nông nghiệp và Phát triển nông thôn');
    expect(await uiText(page, '[data-testid="card-shared-name"]')).toMatch(/không rõ|not known/);
    await page.close();
  });
});

describe('an organ named without its place', () => {
  it('takes the one city the article names, and its card says where the place came from', async () => {
    const page = await h.openFixture(SEED_ARTICLE.host, DATED);
    await waitForMark(page, 'data-vna-entities');
    // "… phối hợp với Thành ủy trong thời gian tới" (the middle of "với Thành ủy" is on the organ): the
    // article names TP HCM and no other city.
    const p = await pointOfText(page, 'với Thành ủy');
    await page.mouse.move(p.x, p.y);
    await waitForUi(page, '[data-testid="entity-card"]');
    const card = await uiText(page, '[data-testid="entity-card"]');
    expect(card).toContain('Thành ủy thành phố Hồ Chí Minh');
    expect(card).toMatch(/bài chỉ nêu nơi này|the only one the article names/);
    await page.close();
  });

  it('takes a city paper’s own city when the article names none, and its card says so', async () => {
    const page = await h.openFixture(SITE_PLACE.host, SITE_PLACE.path);
    await waitForMark(page, 'data-vna-entities');
    const p = await pointOfText(page, 'Ban Chấp hành Đảng bộ thành phố');
    await page.mouse.move(p.x, p.y);
    await waitForUi(page, '[data-testid="entity-card"]');
    const card = await uiText(page, '[data-testid="entity-card"]');
    expect(card).toContain('Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVII');
    expect(card).toMatch(/suy từ trang đăng bài|inferred from the site that published it/);
    expect(card).toContain('(Hà Nội Mới)');
    await page.close();
  });
});
