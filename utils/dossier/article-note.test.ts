import { describe, expect, it } from 'vitest';
import { dossierFromRecords } from './build';
import { dossierToMarkdown } from './markdown';
import { DOSSIER_ARTICLES, DOSSIER_NOTES, MERGES, SECRETARIAT_2022, THUONG } from '../testing/dossier';
import { makeArticleNote } from '../testing/records';

describe('a note on the whole article in a dossier', () => {
  const whole = makeArticleNote(SECRETARIAT_2022.key, 'Cả bài cho thấy vai trò của Võ Văn Thưởng trong đoàn khảo sát.');
  const d = dossierFromRecords(
    { articles: DOSSIER_ARTICLES, annotations: [...DOSSIER_NOTES, whole], merges: MERGES },
    THUONG,
  );

  it('is listed when its text names the entity, linked to the article itself', () => {
    const n = d.notes.find((x) => x.id === whole.id)!;
    expect(n).toMatchObject({ via: 'note', quote: '' });
    expect(n.link).toBe(SECRETARIAT_2022.key);
  });

  it('is written without an empty blockquote in the Markdown', () => {
    const md = dossierToMarkdown(d, { exportedAt: '2026-12-01T08:00:00.000Z' });
    const at = md.indexOf('Cả bài cho thấy vai trò');
    expect(at).toBeGreaterThan(0);
    expect(md.slice(Math.max(0, at - 6), at)).not.toMatch(/>\s*$/);
    expect(md).not.toMatch(/^> &#32;$/m);
  });
});
