/** A reminder to back up, and where the notes live: in this browser only, gone with the extension. */
import { REMIND_AFTER } from './safekeeping';
import type { PopupModel } from './model';

export function Safekeeping({ model: m }: { model: PopupModel }) {
  const n = m.unsaved.value;
  return (
    <div class="safekeeping">
      {n >= REMIND_AFTER && (
        <p class="reminder" role="status" data-testid="backup-reminder">
          {m.trn('backup.reminder', n)}{' '}
          <button type="button" data-testid="backup-now" onClick={() => void m.exportAs('json')}>
            {m.tr('backup.now')}
          </button>
        </p>
      )}
      <p class="muted" data-testid="where-notes-live">
        {m.tr('backup.where')}
        {m.safekeeping.persisted.value === false && ` ${m.tr('backup.notPersisted')}`}
      </p>
    </div>
  );
}
