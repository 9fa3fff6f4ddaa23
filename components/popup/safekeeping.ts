/**
 * Keeping the reader's notes safe on their own machine: the browser is asked to keep the
 * extension's storage (never evicted when the disk fills), the popup says how many notes are in
 * no backup yet, and says plainly that uninstalling deletes everything not exported.
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { Annotation } from '../../utils/model';

/** Notes since the last JSON backup from which the popup reminds the reader to make one. */
export const REMIND_AFTER = 20;
const LAST_BACKUP = 'vna-last-backup';

/** How many notes were created or changed after the last backup (all of them when there was none). */
export function notesSinceBackup(annotations: readonly Annotation[], lastBackup: string | null): number {
  if (!lastBackup) return annotations.length;
  return annotations.filter((a) => a.updated > lastBackup).length;
}

export function createSafekeeping() {
  const lastBackup = signal<string | null>(null);
  const persisted = signal<boolean | null>(null);
  async function start() {
    lastBackup.value = ((await browser.storage.local.get(LAST_BACKUP))[LAST_BACKUP] as string | undefined) ?? null;
    const storage = globalThis.navigator?.storage;
    if (!storage?.persist) return;
    persisted.value = (await storage.persisted()) || (await storage.persist());
  }
  async function backedUp(at: string) {
    lastBackup.value = at;
    await browser.storage.local.set({ [LAST_BACKUP]: at });
  }
  return { lastBackup, persisted, start, backedUp };
}
