/**
 * The JSON backup in Firefox: a fresh profile imports a backup through the popup's file input
 * (a file chosen as the reader would), every note lands in the extension's database with its text
 * exact (Markdown, HTML-like text, tone marks and leading spaces kept), and a malformed file is
 * refused with a clear message, changing nothing.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, pollUntil, type FirefoxHarness } from '../../scripts/lib/firefox';
import { extensionPageUi } from '../../scripts/lib/firefox-ui';
import { repoRoot } from '../../scripts/lib/repo-root';
import { readFileSync } from 'node:fs';
import type { Annotation } from '../../utils/model';

const BACKUPS = path.join(repoRoot, 'tests/fixtures/backups');
const good = JSON.parse(readFileSync(path.join(BACKUPS, 'good.json'), 'utf8')) as { annotations: Annotation[] };

let h: FirefoxHarness;

beforeAll(async () => {
  h = await launchFirefox();
});
afterAll(async () => {
  await h?.close();
});

/** Chooses `file` in the popup's import input, as the file picker would. */
async function choose(popup: string, file: string) {
  const input = await h.bidi.node(popup, `document.querySelector('[data-testid="import-input"]')`);
  if (!input) throw new Error('no import input in the popup');
  await h.bidi.send('input.setFiles', { context: popup, element: input, files: [path.join(BACKUPS, file)] });
}

async function stored(): Promise<Annotation[]> {
  const keys = [...new Set(good.annotations.map((a) => a.articleKey))];
  const lists = await Promise.all(
    keys.map(
      async (articleKey) =>
        (await h.sendMessage<{ data: Annotation[] }>({ type: 'annotations:list', articleKey })).data,
    ),
  );
  return lists.flat();
}

describe('the JSON backup in Firefox', () => {
  it('refuses a malformed file with a clear message and changes nothing', async () => {
    const context = await h.openExtensionPage('/popup.html');
    const popup = extensionPageUi(h, context);
    await popup.waitFor('[data-testid="export-json"]');
    await choose(context, 'wrong-types.json');
    const notice = await pollUntil(
      () => popup.texts('[data-testid="notice"]'),
      (t) => t.length > 0 && !/Importing|Đang nhập/.test(t.join(' ')),
      (t) => `no verdict on a malformed file (last: ${JSON.stringify(t)})`,
    );
    expect(notice.join(' ')).toContain('articles[0].key');
    expect(await stored()).toEqual([]);
  });

  it('imports every note of a backup into a fresh profile, its text exact', async () => {
    const context = await h.openExtensionPage('/popup.html');
    const popup = extensionPageUi(h, context);
    await popup.waitFor('[data-testid="export-json"]');
    await choose(context, 'good.json');
    const got = await pollUntil(
      stored,
      (a) => a.length === good.annotations.length,
      (a) => `${a?.length ?? 0} of ${good.annotations.length} notes stored`,
    );
    const byId = new Map(got.map((a) => [a.id, a]));
    for (const a of good.annotations) {
      expect(byId.get(a.id)?.note, a.id).toBe(a.note);
      expect(byId.get(a.id)?.quote, a.id).toBe(a.quote);
      expect(byId.get(a.id)?.tags, a.id).toEqual(a.tags);
    }
  });
});
