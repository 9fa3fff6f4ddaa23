/**
 * Records for tests: one annotation builder and the shared backup fixture, so every test makes a
 * valid record the same way. Test support only: nothing in the extension imports utils/testing.
 */
import { readFileSync } from 'node:fs';
import type { Annotation } from '../model';
import { parseBackup, type BackupData } from '../backup/backup';

let counter = 0;

/**
 * A valid annotation of `quote` at [start, start + quote.length) of `articleKey`'s text. The id is
 * a fresh UUID unless given; dates default to a fixed day so outputs stay comparable.
 */
export function makeAnnotation(
  articleKey: string,
  quote: string,
  start: number,
  over: Partial<Annotation> = {},
): Annotation {
  const id = `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
  return {
    id,
    articleKey,
    pageUrl: articleKey,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + quote.length },
    ],
    quote,
    colour: 'yellow',
    note: '',
    tags: [],
    entityIds: [],
    entityNames: [],
    created: '2024-05-01T09:00:00.000Z',
    updated: '2024-05-01T09:00:00.000Z',
    ...over,
  };
}

/** A valid note on the whole article `articleKey` (no quote, no selectors). */
export function makeArticleNote(articleKey: string, note: string, over: Partial<Annotation> = {}): Annotation {
  return { ...makeAnnotation(articleKey, '', 0), selectors: [], quote: '', note, ...over };
}

/** tests/fixtures/backups/NAME as text. */
export const backupFixtureText = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/backups/${name}`, import.meta.url), 'utf8');

/** The valid backup fixture (good.json), parsed. */
export function goodBackup(): BackupData {
  const r = parseBackup(backupFixtureText('good.json'));
  if (!r.ok) throw new Error(`good.json does not parse: ${r.errors.join('; ')}`);
  return r.data;
}
