/**
 * Dossiers in Firefox: the reader reads two articles that name Võ Văn Thưởng (Thanh Niên 2019,
 * Báo Chính phủ 2022); the index of everything read lists him, found by a search without
 * accents, and his dossier lists both articles, newest first, with the position he held on each
 * article's day, as the card would say it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, pollUntil, type FirefoxHarness } from '../../scripts/lib/firefox';
import { extensionPageUi } from '../../scripts/lib/firefox-ui';
import { SEED_ARTICLE } from '../../scripts/lib/fixtures';
import { dossierPath } from '../../utils/dossier/link';

const THUONG = 'official:vo-van-thuong';
const READING = [
  {
    host: 'thanhnien.vn',
    path: '/truong-ban-tuyen-giao-trung-uong-vo-van-thuong-gap-mat-nha-bao-tieu-bieu-185190619093015234.htm',
  },
  { host: SEED_ARTICLE.host, path: SEED_ARTICLE.path },
] as const;

let h: FirefoxHarness;

beforeAll(async () => {
  h = await launchFirefox();
  for (const r of READING) {
    const page = await h.openFixture(r.host, r.path);
    await h.waitForState(page, (s) => s.state === 'article' && s.visitSaved, `${r.host} read and its visit saved`);
    await page.close();
  }
});
afterAll(async () => {
  await h?.close();
});

describe('dossiers in Firefox', () => {
  it('the index lists him among everything read, found without accents', async () => {
    const index = extensionPageUi(h, await h.openExtensionPage(dossierPath()));
    await index.waitFor('[data-testid="dossier-index"]');
    await index.type('[data-testid="index-search"]', 'vo van thuong');
    const rows = await pollUntil(
      () => index.texts('[data-testid="index-link"]'),
      (r) => r.length === 1,
      (r) => `index rows for "vo van thuong": ${JSON.stringify(r)}`,
    );
    expect(rows).toEqual(['Võ Văn Thưởng']);
    expect(await index.texts('[data-testid="index-articles"]')).toEqual(['2']);
  });

  it('his dossier lists both articles, newest first, with the position he held on each day', async () => {
    const dossier = extensionPageUi(h, await h.openExtensionPage(dossierPath(THUONG)));
    await dossier.waitFor('[data-testid="dossier-articles"]');
    expect(await dossier.texts('[data-testid="dossier-name"]')).toEqual(['Võ Văn Thưởng']);
    const outlets = await dossier.texts('[data-testid="article-outlet"]');
    expect(outlets).toHaveLength(2);
    const roles = await dossier.texts('[data-testid="article-role"]');
    // December 2022: Standing Member of the Secretariat; June 2019: head of the Propaganda Board.
    expect(roles[0]).toContain('Thường trực Ban Bí thư');
    expect(roles[0]).not.toContain('Chủ tịch nước');
    expect(roles[1]).toContain('Trưởng Ban Tuyên giáo Trung ương');
    expect(await dossier.texts('[data-testid="position"]')).not.toHaveLength(0);
  });
});
