/**
 * Two people of one name, in Chromium with the built extension: the seed article with one sentence
 * added that gives a name the data knows ("Nguyễn Văn Hùng", a minister there) an office the data
 * never lists for him. His card says so above the data's facts, and his dossier on that article;
 * a card whose office the data lists (Võ Văn Thưởng's) does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, SEED_ARTICLE, waitForMark, type Harness } from './harness';
import { pointOfText, uiFrame, uiText, waitForUi } from './page-ui';
import { seedArticleHtml } from '../../scripts/lib/long-page';

const PATH = '/thieu-tuong-trung-ten-102221212183015700.htm';
const ADDED = '<p>Dự buổi làm việc có Thiếu tướng Nguyễn Văn Hùng, Phó Tư lệnh Quân khu 7.</p>';

let h: Harness;
beforeAll(async () => {
  const seed = seedArticleHtml();
  const at = seed.indexOf('<p>Đồng chí Võ Văn Thưởng cho biết');
  if (at < 0) throw new Error('the seed article no longer has the paragraph this test inserts before');
  const html = seed.slice(0, at) + ADDED + seed.slice(at);
  h = await launchWithExtension({
    server: { virtual: (r) => (r.host === SEED_ARTICLE.host && r.path === PATH ? { body: html } : undefined) },
  });
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
    await page.close();
  });
});
