/**
 * The editor's side of drafts (utils/notes/drafts.ts): what the reader types is kept by the
 * background for this frame. Losing a draft never stops the editor: every failure reads as none.
 */
import { request } from '@/utils/messaging/client';
import type { Draft } from '@/utils/notes/drafts';

export const loadDraft = (key: string): Promise<Draft | undefined> =>
  request({ type: 'draft:get', key }).then(
    (d) => d ?? undefined,
    () => undefined,
  );

export const keepDraft = (key: string, draft: Draft): Promise<void> =>
  request({ type: 'draft:keep', key, draft }).then(
    () => undefined,
    () => undefined,
  );

export const dropDraft = (key: string): Promise<void> =>
  request({ type: 'draft:drop', key }).then(
    () => undefined,
    () => undefined,
  );
