/**
 * The one message protocol between the content script, the popup and the background.
 * Each request type has a zod schema checked where the message is received: a message is data
 * from a less trusted context (a content script runs inside a news site's page).
 */
import { z } from 'zod';
import { annotationFieldsSchema, annotationSchema, articleSchema, readerFactSchema } from '../backup/schema';
import type { Annotation, Article, EntityMerge, ReaderFact } from '../model';
import { LIMITS } from '../limits';
import type { TagCount } from '../search/tag-suggest';
import type { Draft } from '../notes/drafts';

// The records' shapes are the backup's: one definition of what a valid annotation or article is.
const uuid = z.uuid();
const url = articleSchema.shape.url;
export const visitSchema = articleSchema.omit({ firstVisit: true, lastVisit: true });

const entityId = z.string().min(1).max(LIMITS.entityId);
const patchSchema = annotationFieldsSchema.pick({ note: true, colour: true, tags: true, orphan: true }).partial();
const baseSchema = annotationFieldsSchema.pick({ note: true, colour: true, tags: true }).partial();
const valuesSchema = annotationFieldsSchema.pick({ note: true, colour: true, tags: true });
/** A draft's key: the editor frame's nonce and a digest of the note it is for. */
const draftKey = z.string().regex(/^[0-9a-f]{32}:[0-9a-f]{64}$/, 'not a draft key');

/** Requests handled by the background. */
export const requestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ping') }),
  z.strictObject({ type: z.literal('visit'), article: visitSchema }),
  z.strictObject({ type: z.literal('annotations:list'), articleKey: url }),
  z.strictObject({ type: z.literal('annotations:anchors'), articleKey: url }),
  z.strictObject({ type: z.literal('annotation:get'), id: uuid }),
  z.strictObject({ type: z.literal('annotation:save'), annotation: annotationSchema }),
  z.strictObject({ type: z.literal('annotation:update'), id: uuid, patch: patchSchema, base: baseSchema.optional() }),
  z.strictObject({ type: z.literal('annotation:delete'), id: uuid }),
  z.strictObject({
    type: z.literal('annotations:anchored'),
    articleKey: url,
    orphanIds: z.array(uuid).max(10_000),
    anchoredIds: z.array(uuid).max(10_000),
  }),
  z.strictObject({ type: z.literal('site:enable'), origin: url, tabId: z.number().int().optional() }),
  z.strictObject({ type: z.literal('frame:tab') }),
  // The reader's tags with their counts, for suggestions in the note editor.
  z.strictObject({ type: z.literal('tags:list') }),
  // The reader says two dossier entries are one (utils/dossier/merges.ts), or takes it back.
  z.strictObject({ type: z.literal('entity:merge'), from: entityId, into: entityId }),
  z.strictObject({ type: z.literal('entity:unmerge'), from: entityId }),
  z.strictObject({ type: z.literal('facts:list'), entityId: readerFactSchema.shape.entityId }),
  z.strictObject({ type: z.literal('facts:save'), fact: readerFactSchema }),
  z.strictObject({ type: z.literal('facts:delete'), id: uuid }),
  // What the reader is typing in the note editor, kept until saved or closed (utils/notes/drafts.ts).
  z.strictObject({ type: z.literal('draft:get'), key: draftKey }),
  z.strictObject({
    type: z.literal('draft:keep'),
    key: draftKey,
    draft: z.strictObject({ values: valuesSchema, base: valuesSchema.optional() }),
  }),
  z.strictObject({ type: z.literal('draft:drop'), key: draftKey }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** What each request answers with. */
export interface ResponseData {
  ping: { version: string };
  visit: Article;
  'annotations:list': Annotation[];
  'annotations:anchors': AnchorRecord[];
  'annotation:get': Annotation;
  'annotation:save': Annotation;
  'annotation:update': Annotation;
  'annotation:delete': Annotation;
  'annotations:anchored': { changed: number };
  'site:enable': { enabled: boolean };
  'frame:tab': { tabId: number };
  'tags:list': TagCount[];
  'entity:merge': EntityMerge;
  'entity:unmerge': EntityMerge | null;
  'facts:list': ReaderFact[];
  'facts:save': ReaderFact;
  'facts:delete': { deleted: boolean };
  'draft:get': Draft | null;
  'draft:keep': null;
  'draft:drop': null;
}

/** What a content script needs to find and draw a note: never its text or tags. */
export type AnchorRecord = Pick<Annotation, 'id' | 'selectors' | 'colour'>;

export type Response<T extends RequestType> = { ok: true; data: ResponseData[T] } | { ok: false; error: string };

/** Validates an incoming message; the error lists where and what is wrong. */
export function parseRequest(raw: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  const r = requestSchema.safeParse(raw);
  if (r.success) return { ok: true, request: r.data };
  const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`);
  return { ok: false, error: `Refused malformed message: ${issues.join('; ')}` };
}
