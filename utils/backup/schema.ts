/**
 * Zod schemas for one backup file. Strict objects (unknown keys are errors), capped strings and
 * arrays, so a hostile file cannot smuggle fields into the database or exhaust memory later.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { HIGHLIGHT_COLOURS } from '../model';

export const BACKUP_FORMAT = 'vn-news-annotator/backup';
/**
 * The newest format version this code reads and writes. Version 2 added notes on a whole
 * article (an annotation with no selectors and no quote). A file is written with the lowest
 * version that can hold it (backup.ts): one without such notes stays version 1, readable by
 * every earlier release; one with them says 2, so an older release asks to be updated instead
 * of refusing each such note as "needs at least one selector".
 */
export const BACKUP_VERSION = 2;
export const ARTICLE_NOTES_VERSION = 2;

export { MAX_BACKUP_BYTES } from './size';
export const MAX_ARTICLES = 50_000;
export const MAX_ANNOTATIONS = 200_000;
export const MAX_ENTITY_MERGES = 50_000;
export const MAX_READER_FACTS = 50_000;

export { LIMITS };

const str = (max: number) => z.string().max(max, `longer than ${max} characters`);

const httpUrl = str(LIMITS.url).refine((s) => {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}, 'not an http(s) URL');

const isoDateTime = z.iso.datetime({ offset: true, message: 'not an ISO 8601 date-time' });
const isoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
  message: 'not an ISO 8601 date or date-time',
});

export const textQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: str(LIMITS.quote),
  prefix: str(LIMITS.context),
  suffix: str(LIMITS.context),
});

export const textPositionSelectorSchema = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0).max(LIMITS.offset),
    end: z.number().int().min(0).max(LIMITS.offset),
  })
  .refine((s) => s.end >= s.start, { message: 'end is before start', path: ['end'] });

export const selectorSchema = z.discriminatedUnion('type', [textQuoteSelectorSchema, textPositionSelectorSchema]);

/** An annotation's fields, for picking (a patch, an editor's base); records use annotationSchema. */
export const annotationFieldsSchema = z.strictObject({
  id: z.uuid({ message: 'not a UUID' }),
  articleKey: httpUrl,
  pageUrl: httpUrl,
  /** None for a note on the whole article. */
  selectors: z.array(selectorSchema).max(4),
  quote: str(LIMITS.quote),
  colour: z.enum(HIGHLIGHT_COLOURS, { message: `not one of ${HIGHLIGHT_COLOURS.join(', ')}` }),
  note: str(LIMITS.note),
  tags: z.array(str(LIMITS.tag)).max(LIMITS.tags),
  entityIds: z.array(str(LIMITS.entityId)).max(LIMITS.entities),
  entityNames: z.array(str(LIMITS.entityId)).max(LIMITS.entities),
  created: isoDateTime,
  updated: isoDateTime,
  orphan: z.boolean().optional(),
});

/** A highlight (at least one selector) or a note on the whole article (none, and no quote). */
export const annotationSchema = annotationFieldsSchema.refine((a) => a.selectors.length > 0 || a.quote === '', {
  message: 'needs at least one selector (only a note on the whole article has none, and it has no quote)',
  path: ['selectors'],
});

export const articleSchema = z.strictObject({
  key: httpUrl,
  url: httpUrl,
  title: str(LIMITS.title),
  site: str(LIMITS.site),
  published: isoDateOrDateTime.optional(),
  author: str(LIMITS.author).optional(),
  firstVisit: isoDateTime,
  lastVisit: isoDateTime,
  entities: z
    .array(
      z.strictObject({
        id: str(LIMITS.entityId),
        kind: z.enum(['official', 'body', 'resolution']),
        name: str(LIMITS.entityId),
        count: z.number().int().min(0).max(1_000_000),
        // The office the article gives a person (kept in the database, left out of backups).
        role: str(LIMITS.title).optional(),
        roleBodies: z.array(str(LIMITS.entityId)).max(LIMITS.roleBodies).optional(),
      }),
    )
    .max(LIMITS.entities)
    .optional(),
});

/** Two dossier entries the reader made one: `from` is shown as `into` (utils/dossier/merges.ts). */
export const entityMergeSchema = z
  .strictObject({
    from: str(LIMITS.entityId).min(1, 'empty'),
    into: str(LIMITS.entityId).min(1, 'empty'),
    created: isoDateTime,
  })
  .refine((m) => m.from !== m.into, { message: 'an entity cannot be merged into itself', path: ['into'] });

/** YYYY, YYYY-MM or YYYY-MM-DD: a reader may know only the month or the year. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)');

/** A fact the reader added to a card, or their mark that a gazetteer position is wrong. */
export const readerFactSchema = z
  .strictObject({
    id: z.uuid({ message: 'not a UUID' }),
    entityId: str(LIMITS.entityId),
    entityName: str(LIMITS.entityId),
    type: z.enum(['position', 'wrong']),
    title: str(LIMITS.title).optional(),
    org: str(LIMITS.title).optional(),
    from: partialDate.optional(),
    to: partialDate.nullable().optional(),
    target: z.strictObject({ title: str(LIMITS.title), from: partialDate.optional() }).optional(),
    source: httpUrl,
    note: str(LIMITS.note),
    created: isoDateTime,
    updated: isoDateTime,
  })
  .refine((f) => (f.type === 'position' ? !!f.title?.trim() && !!f.from : !!f.target), {
    message: 'a position needs a title and a start; a "wrong" mark needs the position it disputes',
  })
  .refine((f) => !(f.from && typeof f.to === 'string') || f.from <= f.to, {
    message: 'ends before it starts',
    path: ['to'],
  });

/** The envelope; records are validated one by one afterwards so errors name the record. */
export const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z
    .number()
    .int()
    .min(1, 'not a backup version')
    .max(BACKUP_VERSION, `this version reads backups up to version ${BACKUP_VERSION}`),
  exported: isoDateTime,
  articles: z.array(z.unknown()).max(MAX_ARTICLES, `more than ${MAX_ARTICLES} articles`),
  annotations: z.array(z.unknown()).max(MAX_ANNOTATIONS, `more than ${MAX_ANNOTATIONS} annotations`),
  /** Absent in files with no merges (and in every file written before merges existed). */
  entityMerges: z.array(z.unknown()).max(MAX_ENTITY_MERGES, `more than ${MAX_ENTITY_MERGES} entity merges`).optional(),
  /** Absent in files with no reader facts (and in every file written before they existed). */
  readerFacts: z.array(z.unknown()).max(MAX_READER_FACTS, `more than ${MAX_READER_FACTS} reader facts`).optional(),
});
