/**
 * The background's request handler: validates each message, checks that its caller may touch
 * what it names (access.ts), and runs it against the database. Browser-specific requests
 * (permissions) are passed to `enableSite`, so this stays testable in Node.
 */
import { parseRequest, type Request, type RequestType, type Response, type ResponseData } from '../messaging/protocol';
import type { AnnotatorDB } from '../db/db';
import { mergeEntities, unmergeEntity } from '../dossier/store';
import {
  annotationsFor,
  deleteAnnotation,
  EditConflict,
  recordVisit,
  saveAnnotation,
  updateAnnotation,
} from '../db/queries';
import { refusalFor, refusalUnless, type Caller } from './access';
import { countTags } from '../search/tag-suggest';
import { createDraftStore, type DraftStore } from '../notes/drafts';

export interface HandlerDeps {
  db: AnnotatorDB;
  version: string;
  /** Called after any change to annotations, so open pages and popups refresh. */
  onChange?: (articleKey: string) => void;
  enableSite?: (origin: string, tabId?: number) => Promise<boolean>;
  /** Notes being written (the editor frame's only). */
  drafts?: DraftStore;
}

class Refused extends Error {}

export function createHandler(given: HandlerDeps) {
  const deps = { ...given, drafts: given.drafts ?? createDraftStore() };
  return async function handle(raw: unknown, caller: Caller): Promise<Response<RequestType>> {
    const parsed = parseRequest(raw);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    try {
      return { ok: true, data: await run(parsed.request, caller, deps) };
    } catch (e) {
      return { ok: false, error: describeError(e) };
    }
  };
}

const deny = (why: string | null) => {
  if (why) throw new Refused(why);
};

async function existing(db: AnnotatorDB, id: string, caller: Caller, what: string) {
  const a = await db.annotations.get(id);
  if (!a) throw new Error(`No annotation ${id}`);
  deny(refusalFor(caller, a.articleKey, what));
  return a;
}

async function run(
  req: Request,
  caller: Caller,
  deps: HandlerDeps & { drafts: DraftStore },
): Promise<ResponseData[RequestType]> {
  const { db, version, onChange, enableSite, drafts } = deps;
  switch (req.type) {
    case 'ping':
      return { version };
    case 'frame:tab':
      // A frame of the extension asks which tab it is in (to connect to that tab's content script).
      if (caller.kind !== 'frame' || caller.tabId === undefined)
        throw new Refused('Refused: only a frame in a tab asks this.');
      return { tabId: caller.tabId };
    case 'tags:list':
      // The reader's vocabulary across all their notes (no note text): for the editor frame and
      // the extension's pages, where only the reader sees it; never for a page's side.
      deny(refusalUnless(caller, ['frame', 'extension'], "reading the reader's tags"));
      return countTags((await db.annotations.orderBy('tags').keys()) as string[]);
    case 'visit':
      // A page records visits to its own articles only, at its own address.
      deny(refusalUnless(caller, ['content', 'extension'], 'recording a visit'));
      deny(refusalFor(caller, req.article.key, 'record a visit to an article'));
      deny(refusalFor(caller, req.article.url, 'record a visit to a page'));
      return recordVisit(db, req.article);
    case 'annotations:anchors': {
      deny(refusalFor(caller, req.articleKey, 'read the notes'));
      const all = await annotationsFor(db, req.articleKey);
      return all.map(({ id, selectors, colour }) => ({ id, selectors, colour }));
    }
    case 'annotations:list':
      // Note text goes only to the extension's own pages and frames, never to a page's side.
      deny(refusalUnless(caller, ['frame', 'extension'], 'reading note text'));
      deny(refusalFor(caller, req.articleKey, 'read the notes'));
      return annotationsFor(db, req.articleKey);
    case 'annotation:get':
      deny(refusalUnless(caller, ['frame', 'extension'], 'reading note text'));
      return existing(db, req.id, caller, 'read the notes');
    case 'annotation:save': {
      deny(refusalUnless(caller, ['frame', 'extension'], 'saving a note'));
      deny(refusalFor(caller, req.annotation.articleKey, 'save notes'));
      deny(refusalFor(caller, req.annotation.pageUrl, 'save notes'));
      const old = await db.annotations.get(req.annotation.id);
      if (old) deny(refusalFor(caller, old.articleKey, 'replace the notes'));
      const saved = await saveAnnotation(db, req.annotation);
      onChange?.(saved.articleKey);
      return saved;
    }
    case 'annotation:update': {
      deny(refusalUnless(caller, ['frame', 'extension'], 'editing a note'));
      await existing(db, req.id, caller, 'change the notes');
      const next = await updateAnnotation(db, req.id, req.patch, undefined, req.base);
      if (!next) throw new Error(`No annotation ${req.id}`);
      onChange?.(next.articleKey);
      return next;
    }
    case 'annotation:delete': {
      deny(refusalUnless(caller, ['frame', 'extension'], 'deleting a note'));
      await existing(db, req.id, caller, 'delete the notes');
      const old = await deleteAnnotation(db, req.id);
      if (!old) throw new Error(`No annotation ${req.id}`);
      onChange?.(old.articleKey);
      return old;
    }
    case 'annotations:anchored': {
      deny(refusalFor(caller, req.articleKey, 'mark the notes'));
      let changed = 0;
      const orphan = new Set(req.orphanIds);
      for (const id of [...req.orphanIds, ...req.anchoredIds]) {
        const a = await db.annotations.get(id);
        if (!a || a.articleKey !== req.articleKey || Boolean(a.orphan) === orphan.has(id)) continue;
        await updateAnnotation(db, id, { orphan: orphan.has(id) });
        changed++;
      }
      if (changed) onChange?.(req.articleKey);
      return { changed };
    }
    case 'site:enable':
      deny(refusalUnless(caller, ['extension'], 'turning the extension on for a site'));
      if (!enableSite) throw new Error('Enabling sites is not available here');
      return { enabled: await enableSite(req.origin, req.tabId) };
    case 'entity:merge':
      deny(refusalUnless(caller, ['extension'], 'merging dossier entries'));
      return mergeEntities(db, req.from, req.into);
    case 'entity:unmerge':
      deny(refusalUnless(caller, ['extension'], 'merging dossier entries'));
      return unmergeEntity(db, req.from);
    // The reader's own facts show in the card frame and the extension's pages, never the page's side.
    case 'facts:list':
      deny(refusalUnless(caller, ['frame', 'extension'], "reading the reader's facts"));
      return db.readerFacts.where('entityId').equals(req.entityId).sortBy('updated');
    case 'facts:save':
      deny(refusalUnless(caller, ['frame', 'extension'], 'saving a fact'));
      await db.readerFacts.put(req.fact);
      return req.fact;
    case 'facts:delete': {
      deny(refusalUnless(caller, ['frame', 'extension'], 'deleting a fact'));
      const had = await db.readerFacts.get(req.id);
      if (had) await db.readerFacts.delete(req.id);
      return { deleted: !!had };
    }
    // A draft is the editor frame's alone, under the origin of the page it is in: never the page's side.
    case 'draft:get':
    case 'draft:keep':
    case 'draft:drop': {
      deny(refusalUnless(caller, ['frame'], "keeping a note's draft"));
      const origin = (caller as Extract<Caller, { kind: 'frame' }>).origin;
      if (req.type === 'draft:get') return (await drafts.get(origin, req.key)) ?? null;
      if (req.type === 'draft:keep') await drafts.keep(origin, req.key, req.draft);
      else await drafts.drop(origin, req.key);
      return null;
    }
  }
}

/** A full disk or a closed database must read as such, not as "[object DOMException]". */
function describeError(e: unknown): string {
  if (e && typeof e === 'object' && 'name' in e && (e as { name: string }).name === 'QuotaExceededError')
    return 'The browser has no room left to store this (disk or quota full). Nothing was changed.';
  if (e instanceof EditConflict || e instanceof Refused) return e.message;
  return e instanceof Error ? e.message : String(e);
}
