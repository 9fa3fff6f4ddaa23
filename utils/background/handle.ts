/**
 * The background's request handler: validates each message and runs it against the database.
 * Browser-specific requests (permissions) are passed to `extra`, so this stays testable in Node.
 */
import { parseRequest, type Request, type RequestType, type Response, type ResponseData } from '../messaging/protocol';
import type { AnnotatorDB } from '../db/db';
import { mergeEntities, unmergeEntity } from '../dossier/store';
import { annotationsFor, deleteAnnotation, recordVisit, saveAnnotation, updateAnnotation } from '../db/queries';

export interface HandlerDeps {
  db: AnnotatorDB;
  version: string;
  /** Called after any change to annotations, so open pages and popups refresh. */
  onChange?: (articleKey: string) => void;
  enableSite?: (origin: string, tabId?: number) => Promise<boolean>;
}

export function createHandler(deps: HandlerDeps) {
  return async function handle(raw: unknown): Promise<Response<RequestType>> {
    const parsed = parseRequest(raw);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    try {
      return { ok: true, data: await run(parsed.request, deps) };
    } catch (e) {
      return { ok: false, error: describeError(e) };
    }
  };
}

async function run(
  req: Request,
  { db, version, onChange, enableSite }: HandlerDeps,
): Promise<ResponseData[RequestType]> {
  switch (req.type) {
    case 'ping':
      return { version };
    case 'visit':
      return recordVisit(db, req.article);
    case 'annotations:list':
      return annotationsFor(db, req.articleKey);
    case 'annotation:save': {
      const saved = await saveAnnotation(db, req.annotation);
      onChange?.(saved.articleKey);
      return saved;
    }
    case 'annotation:update': {
      const next = await updateAnnotation(db, req.id, req.patch);
      if (!next) throw new Error(`No annotation ${req.id}`);
      onChange?.(next.articleKey);
      return next;
    }
    case 'annotation:delete': {
      const old = await deleteAnnotation(db, req.id);
      if (!old) throw new Error(`No annotation ${req.id}`);
      onChange?.(old.articleKey);
      return old;
    }
    case 'annotations:anchored': {
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
      if (!enableSite) throw new Error('Enabling sites is not available here');
      return { enabled: await enableSite(req.origin, req.tabId) };
    case 'entity:merge':
      return mergeEntities(db, req.from, req.into);
    case 'entity:unmerge':
      return unmergeEntity(db, req.from);
  }
}

/** A full disk or a closed database must read as such, not as "[object DOMException]". */
function describeError(e: unknown): string {
  if (e && typeof e === 'object' && 'name' in e && (e as { name: string }).name === 'QuotaExceededError')
    return 'The browser has no room left to store this (disk or quota full). Nothing was changed.';
  return e instanceof Error ? e.message : String(e);
}
