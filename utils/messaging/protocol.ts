/**
 * The one message protocol between the content script, the popup and the background.
 * Each request type has a zod schema checked where the message is received: a message is data
 * from a less trusted context (a content script runs inside a news site's page).
 */
import { z } from 'zod';
import { HIGHLIGHT_COLOURS } from '../model';
import type { Annotation, Article } from '../model';

const LIMIT = { url: 2048, text: 20_000, note: 50_000, tag: 64, tags: 50, id: 128, ids: 500 } as const;

const iso = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO date');
const url = z.string().max(LIMIT.url).refine((s) => URL.canParse(s), 'not a URL');
const uuid = z.string().uuid();

export const selectorSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1).max(LIMIT.text),
    prefix: z.string().max(256),
    suffix: z.string().max(256),
  }),
  z.strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
]);

export const annotationSchema = z.strictObject({
  id: uuid,
  articleKey: url,
  pageUrl: url,
  selectors: z.array(selectorSchema).min(1).max(4),
  quote: z.string().min(1).max(LIMIT.text),
  colour: z.enum(HIGHLIGHT_COLOURS),
  note: z.string().max(LIMIT.note),
  tags: z.array(z.string().min(1).max(LIMIT.tag)).max(LIMIT.tags),
  entityIds: z.array(z.string().max(LIMIT.id)).max(LIMIT.ids),
  entityNames: z.array(z.string().max(256)).max(LIMIT.ids),
  created: iso,
  updated: iso,
  orphan: z.boolean().optional(),
});

const entitySummary = z.strictObject({
  id: z.string().max(LIMIT.id),
  kind: z.enum(['official', 'body', 'resolution']),
  name: z.string().max(256),
  count: z.number().int().nonnegative(),
});

export const visitSchema = z.strictObject({
  key: url,
  url,
  title: z.string().max(1000),
  site: z.string().max(100),
  published: z.string().max(40).optional(),
  author: z.string().max(300).optional(),
  entities: z.array(entitySummary).max(2000).optional(),
});

const patchSchema = z.strictObject({
  note: z.string().max(LIMIT.note).optional(),
  colour: z.enum(HIGHLIGHT_COLOURS).optional(),
  tags: z.array(z.string().min(1).max(LIMIT.tag)).max(LIMIT.tags).optional(),
  orphan: z.boolean().optional(),
});

/** Requests handled by the background. */
export const requestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ping') }),
  z.strictObject({ type: z.literal('visit'), article: visitSchema }),
  z.strictObject({ type: z.literal('annotations:list'), articleKey: url }),
  z.strictObject({ type: z.literal('annotation:save'), annotation: annotationSchema }),
  z.strictObject({ type: z.literal('annotation:update'), id: uuid, patch: patchSchema }),
  z.strictObject({ type: z.literal('annotation:delete'), id: uuid }),
  z.strictObject({
    type: z.literal('annotations:anchored'),
    articleKey: url,
    orphanIds: z.array(uuid).max(10_000),
    anchoredIds: z.array(uuid).max(10_000),
  }),
  z.strictObject({ type: z.literal('site:enable'), origin: url, tabId: z.number().int().optional() }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** What each request answers with. */
export interface ResponseData {
  ping: { version: string };
  visit: Article;
  'annotations:list': Annotation[];
  'annotation:save': Annotation;
  'annotation:update': Annotation;
  'annotation:delete': Annotation;
  'annotations:anchored': { changed: number };
  'site:enable': { enabled: boolean };
}

export type Response<T extends RequestType> = { ok: true; data: ResponseData[T] } | { ok: false; error: string };

/** Validates an incoming message; the error lists where and what is wrong. */
export function parseRequest(raw: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  const r = requestSchema.safeParse(raw);
  if (r.success) return { ok: true, request: r.data };
  const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`);
  return { ok: false, error: `Refused malformed message: ${issues.join('; ')}` };
}

