import { describe, expect, it } from 'vitest';
import { toW3C, toW3CJson } from './w3c';
import { goodBackup, makeArticleNote } from '../testing/records';

const good = goodBackup();

describe('W3C Web Annotation export', () => {
  const col = JSON.parse(toW3CJson(good, { exportedAt: '2025-07-01T00:00:00.000Z' }));

  it('is an AnnotationCollection with one AnnotationPage', () => {
    expect(col['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(col.type).toBe('AnnotationCollection');
    expect(col.total).toBe(good.annotations.length);
    expect(col.first.type).toBe('AnnotationPage');
    expect(col.first.items).toHaveLength(col.total);
    expect(new Set(col.first.items.map((a: { id: string }) => a.id)).size).toBe(col.total);
  });

  it('maps each annotation faithfully', () => {
    for (const item of col.first.items) {
      const src = good.annotations.find((a) => `urn:uuid:${a.id}` === item.id)!;
      expect(item.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(item.type).toBe('Annotation');
      expect(item.created).toBe(src.created);
      expect(item.modified).toBe(src.updated);
      expect(item.motivation).toBe(src.note.trim() ? 'commenting' : 'highlighting');
      expect(item.target.source).toBe(src.pageUrl);
      expect(item.target.selector.map((s: { type: string }) => s.type)).toEqual([
        'TextQuoteSelector',
        'TextPositionSelector',
      ]);
      expect(item.target.selector[0].exact).toBe(src.quote);
      const bodies = item.body ?? [];
      const notes = bodies.filter((b: { purpose: string }) => b.purpose === 'commenting');
      expect(notes.map((b: { value: string }) => b.value)).toEqual(src.note.trim() ? [src.note] : []);
      for (const n of notes) expect(n).toMatchObject({ type: 'TextualBody', format: 'text/plain' });
      const tags = bodies
        .filter((b: { purpose: string }) => b.purpose === 'tagging')
        .map((b: { value: string }) => b.value);
      expect(tags).toEqual(src.tags);
      expect(item.target.styleClass).toBe(src.colour);
    }
  });

  it('carries the colour as its name: the default in the export language, or the reader’s', () => {
    const bare = { ...good.annotations[0], note: '  ', tags: [], colour: 'yellow' as const };
    const data = { articles: good.articles, annotations: [bare] };
    const c = toW3C(data, { exportedAt: 'x' });
    expect(c.first.items[0].motivation).toBe('highlighting');
    expect(c.first.items[0].body).toEqual([
      { type: 'TextualBody', value: 'Quan trọng', purpose: 'classifying', language: 'vi' },
    ]);
    const names = { yellow: 'Lập trường chính thức' } as Record<string, string>;
    const mine = toW3C(data, { exportedAt: 'x', lang: 'en', colourNames: names as never });
    expect(mine.first.items[0].body?.[0]).toMatchObject({ value: 'Lập trường chính thức', purpose: 'classifying' });
    expect(toW3C(data, { exportedAt: 'x', lang: 'en' }).first.items[0].body?.[0].value).toBe('Important');
  });

  it('targets the page itself for a note on the whole article', () => {
    const key = good.articles[0].key;
    const note = makeArticleNote(key, 'Cả bài là một bản tổng kết.', { pageUrl: `${key}?utm_source=x` });
    const c = toW3C({ articles: good.articles, annotations: [note] }, { exportedAt: 'x' });
    expect(c.first.items[0].target).toBe(`${key}?utm_source=x`);
    expect(c.first.items[0].motivation).toBe('commenting');
    expect(c.first.items[0].body?.[0]).toMatchObject({ value: 'Cả bài là một bản tổng kết.', purpose: 'commenting' });
  });
});
