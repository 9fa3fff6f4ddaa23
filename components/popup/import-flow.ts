/**
 * The popup's import, as the reader lives it: the file's size is checked before it is read; a
 * file that would replace any of their notes shows exactly which, and waits for "Import"; every
 * import can be undone while the popup is open.
 */
import { signal, type Signal } from '@preact/signals';
import type { AnnotatorDB } from '../../utils/db/db';
import { sizeError } from '../../utils/backup/size';
import type { StringKey } from '../../utils/i18n/index';
import type { ImportPlan, ImportUndo } from './import-backup';
import type { Notice } from './model';

interface Deps {
  db: AnnotatorDB;
  notice: Signal<Notice | null>;
  busy: Signal<boolean>;
  tr: (key: StringKey, values?: Record<string, string | number>) => string;
}

export type ImportFlow = ReturnType<typeof createImportFlow>;

export function createImportFlow({ db, notice, busy, tr }: Deps) {
  /** A read and checked file that would replace notes, waiting for the reader's word. */
  const pending = signal<ImportPlan | null>(null);
  const lastUndo = signal<ImportUndo | null>(null);
  const progress = (done: number, total: number) => {
    notice.value = { kind: 'progress', text: tr('import.working', { done, total }) };
  };
  const fail = (errors: string[]) => {
    notice.value = { kind: 'error', text: tr('import.failed'), details: errors };
  };

  async function apply(plan: ImportPlan): Promise<void> {
    busy.value = true;
    try {
      const { applyImport } = await import('./import-backup');
      lastUndo.value = await applyImport(db, plan, progress);
      const { added, updated, unchanged } = plan.merged;
      notice.value = { kind: 'info', text: tr('import.done', { added, updated, unchanged }), undoImport: true };
    } catch (e) {
      fail([e instanceof Error ? e.message : String(e)]);
    } finally {
      busy.value = false;
      pending.value = null;
    }
  }

  async function chooseFile(file: File): Promise<void> {
    if (busy.value) return;
    // Refused on its size alone: a huge file is never read into memory.
    const tooBig = sizeError(file.size);
    if (tooBig) return fail([tooBig]);
    busy.value = true;
    progress(0, 0);
    try {
      const { planImport } = await import('./import-backup');
      const r = await planImport(db, await file.text(), (done, total) => progress(done, total));
      if (!r.ok) return fail(r.errors);
      busy.value = false;
      if (r.plan.replaced.length) {
        pending.value = r.plan;
        notice.value = null;
        return;
      }
      await apply(r.plan);
    } catch (e) {
      fail([e instanceof Error ? e.message : String(e)]);
    } finally {
      busy.value = false;
    }
  }

  async function undo(): Promise<void> {
    const u = lastUndo.value;
    if (!u || busy.value) return;
    busy.value = true;
    try {
      const { undoImport } = await import('./import-backup');
      await undoImport(db, u);
      lastUndo.value = null;
      notice.value = { kind: 'info', text: tr('import.undone') };
    } catch (e) {
      fail([e instanceof Error ? e.message : String(e)]);
    } finally {
      busy.value = false;
    }
  }

  return {
    pending,
    chooseFile,
    confirm: () => (pending.value ? apply(pending.value) : Promise.resolve()),
    cancel: () => {
      pending.value = null;
      notice.value = { kind: 'info', text: tr('import.cancelled') };
    },
    undo,
  };
}
